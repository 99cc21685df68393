import AddressFiles
import AfilnetAPI
import ArgumentParser
import Foundation
import Localization
import Synchronization
import TerminalText

extension AddressesCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add the addresses of a CSV or JSON Lines file, checked first, never twice.",
            discussion: """
                The file has the API's field names as its CSV header or JSON keys (as `addresses export` writes them;
                id, verified and addressverified are read past). The whole file is checked first and every problem
                shown with its line; with any, nothing is sent. Rows already on the account are skipped, so running
                the same file again — after Ctrl-C, a dropped connection or a kill — adds only what is missing.
                Failed rows go to FILE.errors.csv with their error code, ready to fix and import again.
                A CSV's delimiter (`,`, `;` or tab, as spreadsheets save them) is read from its header; header names
                are read in any case, spaces around them ignored. A file saved as Windows-1252 is read with
                --encoding windows-1252.
                Example: afilnet-tui addresses import new.csv --rate 10
                """)
        @OptionGroup var connection: ConnectionOptions
        @Argument(help: ArgumentHelp("A CSV or JSON Lines file.", valueName: "file")) var file: String
        @Flag(help: "Check the file and the account, and stop: nothing is sent.") var dryRun = false
        @Option(help: ArgumentHelp("Adds per second (0: as fast as the API answers).", valueName: "n")) var rate: Double = 5
        @Option(help: ArgumentHelp("Between CSV fields: ',', ';' or tab (default: read from the header).", valueName: "char"))
        var delimiter: Delimiter?
        @Option(help: ArgumentHelp("The file's encoding: utf-8 or windows-1252.", valueName: "name")) var encoding: TextEncoding = .utf8

        func validate() throws {
            try connection.validate()
            guard rate >= 0, rate.isFinite else { throw ValidationError("--rate must be 0 or more") }
        }

        func run() async throws {
            let text = connection.text()
            guard let data = FileManager.default.contents(atPath: file) else {
                throw fail("cannot read \(file)", status: ExitStatus.noInput)
            }
            let bytes = [UInt8](data)
            let (rows, problems) = AddressFileReader.read(encoding.utf8(bytes), delimiter: delimiter?.byte)
            guard problems.isEmpty else {
                for problem in problems { FileHandleOutput.standardError("\(TerminalSafeText.sanitize(problem.text(in: text)))\n") }
                throw fail(text.importProblems(problems.count, file), status: ExitStatus.dataError)
            }
            let session = try connection.connect()
            if dryRun {
                let existing: Set<AddressKey>
                do { existing = Set(try await session.client.addresses().map(AddressKey.init)) } catch { throw fail(error, session.text) }
                print(session.text.importDryRun(rows.count, rows.filter { existing.contains(AddressKey($0.address)) }.count))
                return
            }
            try session.refuseIfReadOnly()
            let configuration = session.client.configuration
            let journal: ImportJournal
            do {
                journal = try ImportJournal(
                    folder: RequestJournal.stateFolder + "/imports",
                    account: "\(configuration.credentials.user)@\(configuration.endpoint)", file: bytes)
            } catch {
                throw fail("cannot keep the import's journal: \(error.localizedDescription)", status: ExitStatus.configuration)
            }
            let stop = ImportStop()
            let progress = ImportProgressReporter(text: session.text)
            let summary = await AddressImporter(client: session.client, journal: journal, rate: rate)
                .run(rows, progress: progress.report, shouldStop: stop.requested)
            progress.finish()
            try end(summary, session: session)
        }

        /// The summary, the errors file, and the exit status.
        private func end(_ summary: AddressImporter.Summary, session: Connection) throws {
            let text = session.text
            var line = text.importSummary(summary.progress.added, summary.progress.already, summary.progress.failed)
            if !summary.failures.isEmpty {
                let errors = Self.errorsPath(file)
                do {
                    try ImportErrorsFile.write(summary.failures, to: errors)
                    line += " " + text.importErrorsFile(errors)
                } catch {
                    FileHandleOutput.standardError("afilnet-tui: cannot write \(errors): \(error.localizedDescription)\n")
                }
            }
            print(line)
            if let error = summary.stoppedBy { throw fail(text.importStoppedBy(describe(error, in: text)), status: ExitStatus.code(for: error)) }
            if summary.stopped { throw fail(text.importStopped, status: ExitStatus.interrupted) }
            if !summary.failures.isEmpty { throw ExitCode(ExitStatus.apiError) }
        }

        /// `new.csv` → `new.errors.csv`.
        static func errorsPath(_ file: String) -> String {
            let base = (file as NSString).deletingPathExtension
            return (base.isEmpty ? file : base) + ".errors.csv"
        }
    }
}

/// Ctrl-C during an import: the first asks to stop after the call in flight, a second one
/// ends the process at once (the journal makes the next run safe either way).
final class ImportStop: @unchecked Sendable {
    private let count = Mutex(0)
    private let source: DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in
            guard let self else { return }
            let seen = count.withLock { value -> Int in
                value += 1
                return value
            }
            if seen > 1 { _exit(ExitStatus.interrupted) }
        }
        source.resume()
    }

    var requested: @Sendable () -> Bool { { [self] in count.withLock { $0 > 0 } } }
}

/// Progress on standard error: a line redrawn in place on a terminal, a plain line every
/// five seconds otherwise (logs, cron).
final class ImportProgressReporter: @unchecked Sendable {
    private let text: Catalogue
    private let terminal = isatty(STDERR_FILENO) == 1
    private let started = ContinuousClock.now
    private var lastLine = ContinuousClock.now

    init(text: Catalogue) { self.text = text }

    var report: (AddressImporter.Progress) -> Void {
        { [self] progress in
            let now = ContinuousClock.now
            if terminal {
                guard now - lastLine >= .milliseconds(100) || progress.done == progress.total else { return }
                FileHandleOutput.standardError("\r\u{1B}[K" + line(progress))
            } else {
                guard now - lastLine >= .seconds(5) else { return }
                FileHandleOutput.standardError("afilnet-tui: import " + line(progress) + "\n")
            }
            lastLine = now
        }
    }

    /// Clears the line drawn in place.
    func finish() {
        if terminal { FileHandleOutput.standardError("\r\u{1B}[K") }
    }

    private func line(_ progress: AddressImporter.Progress) -> String {
        var size = winsize()
        // A log line has no bar: only a terminal has the room it is drawn to.
        let columns = terminal && ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 0
        return ImportProgressLine.text(progress, elapsed: (ContinuousClock.now - started).milliseconds / 1000, columns: columns - 1, text)
    }
}
