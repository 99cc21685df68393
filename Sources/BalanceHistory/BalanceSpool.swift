import Foundation

/// Readings handed to the history without opening it: a one-shot `balance` appends one line
/// to `balance-history.pending` beside the database, and the next `BalanceHistoryStore` to
/// open, read or append folds the lines in (docs/architecture.md, "Start-up and exit").
/// Opening SQLite, committing and checkpointing on close cost a one-shot `balance` 1.7 ms of
/// its 13 (two fdatasyncs among them); a line is one `write`. Durability is a WAL commit's at
/// `synchronous = NORMAL`, which the history uses: safe when the process dies, the last
/// readings may go with a power cut.
///
/// A line: time, balance, source and account, tab-separated; the account (free text) with
/// `\`, tab, CR and LF escaped. Appenders and the folder take the file's lock (`flock`), so
/// a fold never drops a line written while it ran; a fold cut short before the file is
/// emptied leaves lines already in the database, which the next fold skips.
public enum BalanceSpool {
    /// Past this size an appender folds the file itself (about 3,000 readings: two days of
    /// a check every minute with nothing else opening the history).
    public static let foldAbove = 256 << 10

    /// `balance-history.pending` beside `database`.
    public static func path(beside database: String) -> String {
        ((database as NSString).deletingPathExtension) + ".pending"
    }

    /// Appends one reading; folds the file into the database when it has grown past
    /// `foldAbove`.
    public static func append(_ sample: BalanceSample, account: String, database: String = HistoryLocation.defaultPath()) throws {
        try HistoryFolder.make(for: database)
        let path = path(beside: database)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HistoryProblem("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let bytes = Array(line(sample, account: account).utf8)
        flock(descriptor, LOCK_EX)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let size = lseek(descriptor, 0, SEEK_END)
        flock(descriptor, LOCK_UN)
        guard written == bytes.count else { throw HistoryProblem("cannot write \(path): \(String(cString: strerror(errno)))") }
        if size > foldAbove { _ = try BalanceHistoryStore(path: database) }
    }

    /// Hands every reading in the file at `path` to `body` (in a transaction of the caller's),
    /// then empties the file; the lock is held throughout. Nothing when there is no file.
    static func fold(_ path: String, _ body: ([(sample: BalanceSample, account: String)]) throws -> Void) throws {
        var status = stat()
        guard stat(path, &status) == 0, status.st_size > 0 else { return }
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            data.append(contentsOf: buffer[..<count])
        }
        let readings = data.split(separator: UInt8(ascii: "\n")).compactMap { reading(String(decoding: $0, as: UTF8.self)) }
        try body(readings)
        ftruncate(descriptor, 0)
    }

    /// One reading as its line.
    static func line(_ sample: BalanceSample, account: String) -> String {
        "\(sample.time.timeIntervalSince1970)\t\(sample.amount)\t\(sample.source.rawValue)\t\(escape(account))\n"
    }

    /// A line back as its reading; nil for one that is not whole (cut by a crash mid-write).
    static func reading(_ line: String) -> (sample: BalanceSample, account: String)? {
        let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, let seconds = Double(fields[0]), seconds.isFinite,
            let amount = Decimal(string: String(fields[1]), locale: Locale(identifier: "en_US_POSIX")),
            let source = BalanceSample.Source(rawValue: String(fields[2])), let account = unescape(fields[3])
        else { return nil }
        return (BalanceSample(time: Date(timeIntervalSince1970: seconds), amount: amount, source: source), account)
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    static func unescape(_ text: Substring) -> String? {
        var plain = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                plain.unicodeScalars.append(scalar)
                continue
            }
            switch scalars.next() {
            case "\\": plain += "\\"
            case "t": plain += "\t"
            case "n": plain += "\n"
            case "r": plain += "\r"
            default: return nil
            }
        }
        return plain
    }
}
