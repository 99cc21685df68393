import AfilnetAPI
import Foundation
import Synchronization

/// Writes entered before they leave and left with their outcome, kept on disk
/// (`stateFolder/writes.jsonl`, JSON Lines, 0600): a write cut short by the end of the
/// process (SIGKILL, a dropped SSH session, power loss) is one entered and never left, which
/// the next start settles by reading the account (`WriteSettlement`), never by resending.
///
/// An entry is one `write(2)` on an `O_APPEND` descriptor followed by `fdatasync` before the
/// request leaves; leaving is one more line. Every append and the clean-up take `flock`, so
/// two sessions at once interleave whole lines and never lose one.
public final class WriteLedger: Sendable {
    public enum Outcome: String, Codable, Sendable {
        case applied, notApplied = "not-applied", settled
    }

    /// A write entered and never left.
    public struct Unsettled: Sendable, Equatable, Codable {
        public let id: String
        public let time: Date
        /// `user@endpoint`.
        public let account: String
        public let profile: String
        public let intent: WriteIntent
        /// For an add: the ids of addresses with the same fields before it was sent (a twin
        /// that was there already is not this add).
        public let before: [Int64]
    }

    private struct Line: Codable {
        var op: String
        var id: String
        var time: Date
        var account: String?
        var profile: String?
        var intent: WriteIntent?
        var before: [Int64]?
        var outcome: Outcome?
    }

    public let path: String

    public init(path: String = RequestJournal.stateFolder + "/writes.jsonl") { self.path = path }

    /// Enters a write about to leave; its ticket, or nil when the ledger cannot be written
    /// (the write still goes: a ledger that cannot be kept never blocks the user).
    public func enter(_ intent: WriteIntent, account: String, profile: String, before: [Int64] = [], at time: Date = Date()) -> String? {
        let id = UUID().uuidString
        let line = Line(op: "enter", id: id, time: time, account: account, profile: profile, intent: intent, before: before)
        return append(line, sync: true) ? id : nil
    }

    /// Leaves the write of `ticket` with its outcome.
    public func leave(_ ticket: String, outcome: Outcome, at time: Date = Date()) {
        _ = append(Line(op: "leave", id: ticket, time: time, outcome: outcome), sync: false)
    }

    /// The writes to `account` entered and never left, oldest first. With none left for any
    /// account, the file is emptied (it only ever holds what is unsettled and its history
    /// since the last time nothing was).
    public func unsettled(account: String) -> [Unsettled] {
        locked { descriptor in
            let all = Self.unsettled(in: Self.contents(of: descriptor))
            if all.isEmpty { _ = ftruncate(descriptor, 0) }
            return all.filter { $0.account == account }
        } ?? []
    }

    /// Marks writes as settled by a read at start-up.
    public func settle(_ tickets: [String]) {
        for ticket in tickets { leave(ticket, outcome: .settled) }
    }

    // MARK: The file

    private static func unsettled(in data: Data) -> [Unsettled] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        var entered: [String: Unsettled] = [:]
        var order: [String] = []
        // A line torn by a crash (no newline, not JSON) is skipped: it never left the process.
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let line = try? decoder.decode(Line.self, from: Data(line)) else { continue }
            if line.op == "enter", let account = line.account, let intent = line.intent {
                entered[line.id] = Unsettled(
                    id: line.id, time: line.time, account: account, profile: line.profile ?? "", intent: intent, before: line.before ?? [])
                order.append(line.id)
            } else if line.op == "leave" {
                entered[line.id] = nil
            }
        }
        return order.compactMap { entered[$0] }
    }

    private static func contents(of descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        _ = lseek(descriptor, 0, SEEK_SET)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    private func append(_ line: Line, sync: Bool) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        guard var data = try? encoder.encode(line) else { return false }
        data.append(UInt8(ascii: "\n"))
        return locked { descriptor in
            let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if sync { _ = fdatasync(descriptor) }
            return written == data.count
        } ?? false
    }

    /// Runs `body` on the file, opened for appending and reading, under an exclusive lock.
    private func locked<T>(_ body: (Int32) -> T) -> T? {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { return nil }
        defer { flock(descriptor, LOCK_UN) }
        return body(descriptor)
    }
}
