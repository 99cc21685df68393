

/// RFC 4180 fields for writing: quoted when they hold a comma, a quote, CR or LF (quotes
/// doubled), or start with U+FEFF (which a reader takes for a byte order mark at the start
/// of a file); records end in CRLF, as the RFC has it.
public enum CSVWriter {
    public static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) || text.hasPrefix("\u{FEFF}")
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

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
