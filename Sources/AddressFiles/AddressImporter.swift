import AfilnetAPI
import Foundation

/// Sends an import's rows, one `addaddress` at a time, never twice: rows already on the
/// account are skipped (an earlier run, or a lost answer, put them there), every add is
/// journaled before and after, and a write whose answer is lost is reconciled by the client.
/// API refusals fail their row and the run goes on; a connection that fails, or a stop
/// request (Ctrl-C), ends the run after the call in flight — running again resumes.
public struct AddressImporter: Sendable {
    public struct Progress: Sendable, Equatable {
        public var total: Int
        public var added = 0, already = 0, failed = 0
        public var done: Int { added + already + failed }
        public init(total: Int) { self.total = total }
    }

    public struct Summary: Sendable {
        public var progress: Progress
        /// Rows the API refused, with its code (or the reason).
        public var failures: [(row: ImportRow, reason: String)] = []
        /// Why the run ended early: the connection, or a stop request (nil: it finished).
        public var stoppedBy: AfilnetError?
        public var stopped = false
    }

    public let client: AfilnetClient
    public let journal: ImportJournal
    /// Adds per second (0: as fast as the API answers).
    public let rate: Double
    /// How long to wait before reconciling rows an earlier run left in doubt: its last
    /// request may still be landing.
    public let settle: Duration

    public init(client: AfilnetClient, journal: ImportJournal, rate: Double, settle: Duration = .seconds(1)) {
        self.client = client
        self.journal = journal
        self.rate = rate
        self.settle = settle
    }

    /// Runs the rows; `progress` after each; `shouldStop` is asked before each add.
    public func run(
        _ rows: [ImportRow], progress report: (Progress) -> Void, shouldStop: () -> Bool
    ) async -> Summary {
        var summary = Summary(progress: Progress(total: rows.count))
        if !journal.inDoubt.isEmpty { try? await Task.sleep(for: settle) }
        let existing: Set<AddressKey>
        do {
            existing = Set(try await client.addresses().map(AddressKey.init))
        } catch {
            summary.stoppedBy = error
            return summary
        }
        let clock = ContinuousClock()
        let start = clock.now
        var sent = 0
        for row in rows {
            if existing.contains(AddressKey(row.address)) {
                if journal.previous[row.line] != .already { journal.record(line: row.line, .already) }
                summary.progress.already += 1
                report(summary.progress)
                continue
            }
            if shouldStop() {
                summary.stopped = true
                break
            }
            if rate > 0 {
                let due = start + .seconds(Double(sent) / rate)
                if due > clock.now { try? await Task.sleep(until: due, clock: clock) }
            }
            sent += 1
            switch await add(row) {
            case .added: summary.progress.added += 1
            case .refused(let reason):
                summary.progress.failed += 1
                summary.failures.append((row, reason))
            case .stop(let error):
                summary.stoppedBy = error
                report(summary.progress)
                return summary
            }
            report(summary.progress)
        }
        return summary
    }

    enum Outcome {
        case added
        case refused(String)
        case stop(AfilnetError)
    }

    /// Attempts to add a write that was confirmed not applied (the request never reached the
    /// API, or the API failed before writing): safe to send again, a few times, then the
    /// run stops — the connection is the problem, not the row.
    static let attempts = 5

    /// One row: journaled before and after, refused rows told apart from a failing connection.
    private func add(_ row: ImportRow) async -> Outcome {
        for attempt in 1...Self.attempts {
            journal.record(line: row.line, .sending)
            do {
                // Nothing on the account matches (checked before): any match after a lost
                // answer is this row's.
                _ = try await client.addAddress(row.address, knownAddresses: [])
                journal.record(line: row.line, .added)
                return .added
            } catch {
                switch error {
                case .api(let code) where !code.isAuthentication, .writeNotApplied(.api(let code)) where !code.isAuthentication:
                    journal.record(line: row.line, .failed, code: code.code)
                    return .refused(code.code)
                case .invalidInput(let problems):
                    journal.record(line: row.line, .failed, code: "INVALID_INPUT")
                    return .refused(problems.map(\.description).joined(separator: "; "))
                case .writeNotApplied where attempt < Self.attempts:
                    try? await Task.sleep(for: .milliseconds(200 * attempt))
                default:
                    // The connection or the credentials, not the row; a lost answer the
                    // client could not settle. The next run reconciles this row first.
                    return .stop(error)
                }
            }
        }
        // Not reached: the last attempt returns above (its `writeNotApplied` falls to default).
        return .stop(.writeOutcomeUnknown(cause: .truncated))
    }
}
