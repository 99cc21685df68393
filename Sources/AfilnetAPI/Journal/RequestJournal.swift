import Foundation
import Synchronization

/// The client's request journal: JSON Lines under `$XDG_STATE_HOME/afilnet-tui/`, one line
/// per HTTP request, size-capped with rotation (`journal.jsonl`, `.1`, `.2`).
///
/// Each line is written with one `write(2)` on an `O_APPEND` descriptor, so a crash or a
/// dropped SSH session loses nothing already written, and a line is never half-interleaved.
public final class RequestJournal: Sendable {
    public static let mask = "[REDACTED]"
    public static let responseLimit = 2048

    public let path: String
    public let maxBytes: Int
    public let keptFiles: Int
    private let state: Mutex<Int32>  // the open descriptor, -1 when closed
    private let listeners = Mutex<[@Sendable (JournalEntry) -> Void]>([])

    /// `$XDG_STATE_HOME/afilnet-tui` (or `~/.local/state/…`): the journal, the unsent forms,
    /// exports, crash reports, the balance history and the imports' journals.
    public static var stateFolder: String {
        // getenv: `ProcessInfo.environment` would build a dictionary of the whole environment.
        let base = getenv("XDG_STATE_HOME").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() + "/.local/state")
        return base + "/afilnet-tui"
    }

    /// `stateFolder/journal.jsonl`.
    public static var defaultPath: String { stateFolder + "/journal.jsonl" }

    public init(path: String = RequestJournal.defaultPath, maxBytes: Int = 4 << 20, keptFiles: Int = 2) {
        self.path = path
        self.maxBytes = maxBytes
        self.keptFiles = keptFiles
        state = Mutex(-1)
    }

    deinit { state.withLock { if $0 >= 0 { close($0) } } }

    /// Calls `listener` with every entry appended from now on (the UI's request pane).
    public func observe(_ listener: @escaping @Sendable (JournalEntry) -> Void) {
        listeners.withLock { $0.append(listener) }
    }

    /// Redacts `secrets` wherever they occur, then appends the entry. Journal trouble (disk
    /// full, no permission) never fails a request: the entry is dropped instead.
    public func append(_ entry: JournalEntry, secrets: [String]) {
        let clean = Self.redact(entry, secrets: secrets)
        guard let line = try? Self.lines([clean]) else { return }
        state.withLock { descriptor in
            rotateIfNeeded(&descriptor, adding: line.count)
            if descriptor < 0 { descriptor = openFile() }
            guard descriptor >= 0 else { return }
            _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }
        for listener in listeners.withLock({ $0 }) { listener(clean) }
    }

    /// Entries as JSON Lines, the journal's own format (also what the UI exports).
    public static func lines(_ entries: [JournalEntry]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(JournalTime.format(date))
        }
        var data = Data()
        for entry in entries {
            data.append(try encoder.encode(entry))
            data.append(UInt8(ascii: "\n"))
        }
        return data
    }

    /// The newest `limit` entries, oldest first, across the rotated files.
    public func entries(limit: Int = 1000) -> [JournalEntry] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = JournalTime.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad time"))
            }
            return date
        }
        var entries: [JournalEntry] = []
        for file in ([path] + (1...max(1, keptFiles)).map { "\(path).\($0)" }).reversed() {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            for line in data.split(separator: UInt8(ascii: "\n")) {
                if let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) { entries.append(entry) }
            }
        }
        return Array(entries.suffix(limit))
    }

    static func redact(_ entry: JournalEntry, secrets: [String]) -> JournalEntry {
        var clean = entry
        let secrets = secrets.filter { !$0.isEmpty }
        func scrub(_ text: String) -> String {
            secrets.reduce(text) { Self.replacing($1, in: $0) }
        }
        clean.parameters = Dictionary(uniqueKeysWithValues: entry.parameters.map { name, value in
            (name, name.lowercased() == "password" ? mask : scrub(value))
        })
        clean.response = scrub(String(entry.response.prefix(responseLimit)))
        clean.outcome = scrub(entry.outcome)
        clean.endpoint = scrub(entry.endpoint)
        return clean
    }

    /// `text` with `secret` masked: each occurrence byte for byte (also one inside a
    /// grapheme), and where either is not ASCII, also what is only canonically the same (a
    /// secret typed NFC in a text sent NFD): then both are compared decomposed, and a text
    /// holding such an occurrence is kept decomposed, masked. Not Foundation's
    /// `replacingOccurrences`: it goes through NSString (a third of a millisecond of a
    /// one-shot command) and trapped on generated text whose match and secret differed in
    /// length (`JournalRedactionTests`).
    static func replacing(_ secret: String, in text: String) -> String {
        let masked = replacingBytes(secret, in: text)
        if secret.utf8.allSatisfy({ $0 < 0x80 }), text.utf8.allSatisfy({ $0 < 0x80 }) { return masked }
        let decomposed = masked.decomposedStringWithCanonicalMapping
        let maskedDecomposed = replacingBytes(secret.decomposedStringWithCanonicalMapping, in: decomposed)
        return maskedDecomposed.utf8.elementsEqual(decomposed.utf8) ? masked : maskedDecomposed
    }

    private static func replacingBytes(_ secret: String, in text: String) -> String {
        let haystack = Array(text.utf8), needle = Array(secret.utf8)
        guard !needle.isEmpty, haystack.count >= needle.count else { return text }
        var result: [UInt8] = []
        var index = 0
        var copied = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                result += haystack[copied..<index]
                result += mask.utf8
                index += needle.count
                copied = index
            } else {
                index += 1
            }
        }
        guard copied > 0 else { return text }
        result += haystack[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    private func openFile() -> Int32 {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    }

    private func rotateIfNeeded(_ descriptor: inout Int32, adding count: Int) {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) + count > maxBytes else { return }
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        for index in stride(from: keptFiles, to: 1, by: -1) {
            rename("\(path).\(index - 1)", "\(path).\(index)")
        }
        if keptFiles >= 1 { rename(path, "\(path).1") } else { unlink(path) }
    }
}

/// Journal times: ISO 8601 UTC with milliseconds (`2026-11-30T01:08:32.027Z`), sortable as
/// text. Formatted by hand: the first use of Foundation's date styles loads ICU, which would
/// cost a one-shot command more than its whole HTTP request.
enum JournalTime {
    static func format(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        let milliseconds = Int((date.timeIntervalSince1970 - Double(seconds)) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
        let millis = milliseconds < 10 ? "00\(milliseconds)" : milliseconds < 100 ? "0\(milliseconds)" : String(milliseconds)
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(millis)Z"
    }

    static func parse(_ text: String) -> Date? {
        let fields = text.split(whereSeparator: { "-T:.Z".contains($0) }).compactMap { Int32($0) }
        guard fields.count == 7 else { return nil }
        var parts = tm()
        parts.tm_year = fields[0] - 1900
        parts.tm_mon = fields[1] - 1
        parts.tm_mday = fields[2]
        parts.tm_hour = fields[3]
        parts.tm_min = fields[4]
        parts.tm_sec = fields[5]
        return Date(timeIntervalSince1970: Double(timegm(&parts)) + Double(fields[6]) / 1000)
    }
}
