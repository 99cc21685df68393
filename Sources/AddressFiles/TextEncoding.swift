/// The encodings an import file may come in: UTF-8 (what the API speaks), or Windows-1252
/// (what a Western European spreadsheet on Windows saves as "CSV"), turned into UTF-8 before
/// the file is read, so its lines and fields are counted as the file has them.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// Also `cp1252`, `utf8`, in any case.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "win1252": self = .windows1252
        default: return nil
        }
    }

    /// The bytes as UTF-8. Every Windows-1252 byte has a character, but for the five the code
    /// page leaves out (0x81, 0x8D, 0x8F, 0x90, 0x9D), read as the C1 controls Unicode puts there.
    public func utf8(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .utf8: return bytes
        case .windows1252:
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                let scalar: UInt32 = byte >= 0x80 && byte <= 0x9F ? Self.high[Int(byte - 0x80)] : UInt32(byte)
                out.append(contentsOf: Array(String(UnicodeScalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            }
            return out
        }
    }

    /// 0x80–0x9F in Windows-1252.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
