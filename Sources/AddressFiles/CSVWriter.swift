

/// RFC 4180 fields for writing: quoted when they hold the delimiter (a comma, or `;` for a
/// spreadsheet where `,` is the decimal mark), a quote, CR or LF (quotes
/// doubled), or start with U+FEFF (which a reader takes for a byte order mark at the start
/// of a file); records end in CRLF, as the RFC has it.
public enum CSVWriter {
    public static func field(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        guard text.utf8.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) || text.hasPrefix("\u{FEFF}")
        else { return text }
        // Byte by byte: a quote followed by a combining mark is one Character, which a
        // Character-wise replace would not see.
        var bytes: [UInt8] = [0x22]
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func record(_ fields: [String], delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        fields.map { field($0, delimiter: delimiter) }.joined(separator: String(UnicodeScalar(delimiter))) + "\r\n"
    }
}
