/// RFC 4180 records from bytes: fields separated by commas (or the `delimiter` given: `;` and
/// TAB are what spreadsheets write where `,` is the decimal mark), records by CRLF or LF, quoted
/// fields with `""` for a quote and line breaks inside. A UTF-8 byte order mark at the start
/// is skipped. Each record carries the line it starts on, so every problem names its line.
/// Never traps: malformed input is a `CSVProblem`, and reading goes on at the next record.
public struct CSVReader {
    public struct Record: Equatable {
        public let line: Int
        public var fields: [String]
    }

    public enum Problem: Equatable, Sendable {
        /// A quoted field whose closing quote never comes (up to the end of the file).
        case unterminatedQuote
        /// A quote inside an unquoted field, or text after a closing quote.
        case strayQuote
        /// Bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252).
        case notUTF8(field: Int)
        /// A field longer than the limit (bytes).
        case fieldTooLong(field: Int, bytes: Int)
    }

    public struct CSVProblem: Error, Equatable, Sendable {
        public let line: Int
        public let problem: Problem
    }

    private let bytes: [UInt8]
    private var index: Int
    private var line = 1
    public let fieldLimit: Int
    public let delimiter: UInt8

    /// `fieldLimit`: longer fields are reported (and kept out of memory beyond it).
    public init(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), fieldLimit: Int = 1 << 16) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.fieldLimit = fieldLimit
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The next record, a problem with it (the rest of that record skipped), or nil at the end.
    public mutating func next() -> Result<Record, CSVProblem>? {
        guard index < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        var problem: Problem?
        var field: [UInt8] = []
        var length = 0
        func finish() {
            if problem == nil, length > fieldLimit { problem = .fieldTooLong(field: fields.count + 1, bytes: length) }
            if let text = String(validating: field, as: UTF8.self) {
                fields.append(text)
            } else {
                if problem == nil { problem = .notUTF8(field: fields.count + 1) }
                fields.append("")
            }
            field.removeAll(keepingCapacity: true)
            length = 0
        }
        func append(_ byte: UInt8) {
            length += 1
            if length <= fieldLimit { field.append(byte) }
        }
        var quoted = false, afterQuote = false, atFieldStart = true
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        append(byte)
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    append(byte)
                }
                continue
            }
            switch byte {
            case delimiter:
                finish()
                afterQuote = false
                atFieldStart = true
            case UInt8(ascii: "\r") where index < bytes.count && bytes[index] == UInt8(ascii: "\n"):
                continue
            case UInt8(ascii: "\n"):
                line += 1
                finish()
                return Self.result(start, fields, problem)
            case UInt8(ascii: "\""):
                if atFieldStart {
                    quoted = true
                } else if problem == nil {
                    problem = .strayQuote
                }
                atFieldStart = false
            default:
                if afterQuote, problem == nil { problem = .strayQuote }
                append(byte)
                atFieldStart = false
            }
        }
        if quoted, problem == nil { problem = .unterminatedQuote }
        finish()
        return Self.result(start, fields, problem)
    }

    private static func result(_ line: Int, _ fields: [String], _ problem: Problem?) -> Result<Record, CSVProblem> {
        if let problem { return .failure(CSVProblem(line: line, problem: problem)) }
        return .success(Record(line: line, fields: fields))
    }
}
