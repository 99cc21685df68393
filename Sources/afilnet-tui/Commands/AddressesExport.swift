import AddressFiles
import AfilnetAPI
import ArgumentParser
import Foundation

extension AddressFileFormat: ExpressibleByArgument {}

extension AddressesCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write every address to a file: CSV (default), JSON Lines or a JSON array.",
            discussion: """
                Every field, named as the API names it (the CSV header: \(AddressFileFormat.fields.map(\.rawValue).joined(separator: ","))).
                CSV is RFC 4180: UTF-8, CRLF, fields quoted when they hold a comma, a quote or a line break. The file is
                written beside its name and renamed into place, so a failed export leaves no half file.
                Example: afilnet-tui addresses export --output addresses.csv
                """)
        @OptionGroup var connection: ConnectionOptions
        @Option(help: "csv, jsonl or json.") var format: AddressFileFormat = .csv
        @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
        var output: String?
        @Flag(help: "Start a CSV with a UTF-8 byte order mark (for spreadsheet programs that want one).")
        var bom = false

        func run() async throws {
            let session = try connection.connect()
            let addresses: [Address]
            do { addresses = try await session.client.addresses() } catch { throw fail(error, session.text) }
            do {
                try AddressExport.write(addresses, format: format, byteOrderMark: bom, to: output)
            } catch {
                throw fail("cannot write \(output ?? "standard output"): \(error.localizedDescription)", status: ExitStatus.configuration)
            }
            if let output { FileHandleOutput.standardError("afilnet-tui: \(session.text.exportDone(addresses.count, output))\n") }
        }
    }
}

/// Streams addresses into a file (or standard output) in chunks.
enum AddressExport {
    static func write(_ addresses: [Address], format: AddressFileFormat, byteOrderMark: Bool, to path: String?) throws {
        var writer = AddressFileWriter(format: format, byteOrderMark: byteOrderMark)
        let temporary = path.map { path -> String in
            let directory = (path as NSString).deletingLastPathComponent
            return (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).part"
        }
        let handle: FileHandle
        if let temporary {
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
        } else {
            // A reader that goes away (`| head`) ends the export as it ends any filter.
            signal(SIGPIPE, SIG_DFL)
            handle = FileHandle.standardOutput
        }
        do {
            for address in addresses {
                writer.write(address)
                if writer.pending >= 1 << 16 { try handle.write(contentsOf: writer.take()) }
            }
            try handle.write(contentsOf: writer.finish())
            if let temporary, let path {
                try handle.close()
                guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            }
        } catch {
            if let temporary { unlink(temporary) }
            throw error
        }
    }
}
