import Foundation

/// The run journal of an import: one JSON line per input row and event (`sending`, then
/// `added`, `already` or `failed`), appended with one `write(2)` each, so a `kill -9` loses at
/// most the line being written. Named by the account and the file's bytes: running the same
/// file against the same account again finds it, and the rows left `sending` (their answer
/// lost with the process) are reconciled against the account before anything is sent.
public final class ImportJournal: @unchecked Sendable {
    public enum Event: String, Sendable {
        case sending, added, already, failed
    }

    public let path: String
    /// The last event of each line from earlier runs.
    public private(set) var previous: [Int: Event] = [:]
    private let descriptor: Int32

    /// `folder`: `$XDG_STATE_HOME/afilnet-tui/imports` by default.
    public init(folder: String, account: String, file bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        path = folder + "/" + Self.name(account: account, bytes: bytes) + ".jsonl"
        if let data = FileManager.default.contents(atPath: path) {
            for line in data.split(separator: 0x0A) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let number = object["line"] as? Int, let event = (object["event"] as? String).flatMap(Event.init)
                else { continue }  // a line cut by a kill
                previous[number] = event
            }
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    deinit { close(descriptor) }

    /// Rows whose add was on its way when an earlier run ended.
    public var inDoubt: [Int] { previous.filter { $0.value == .sending }.map(\.key).sorted() }

    public func record(line: Int, _ event: Event, code: String? = nil) {
        var text = "{\"line\":\(line),\"event\":\"\(event.rawValue)\",\"time\":\(Int(Date().timeIntervalSince1970))"
        if let code { text += ",\"code\":\"\(code.filter { $0.isLetter || $0.isNumber || $0 == "_" })\"" }
        text += "}\n"
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// FNV-1a over the account and the bytes: the same file for the same account, the same name.
    static func name(account: String, bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(account.utf8) + [0] + bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
