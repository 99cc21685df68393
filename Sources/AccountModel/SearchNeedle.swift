/// The `/` filter's text, prepared once per keystroke for a search over many rows: folded to
/// lower case, with its UTF-8 bytes at hand. For an ASCII filter, the common case, a field
/// is searched byte by byte, folding ASCII letters as it goes: no lower-cased copy of every
/// field of 100,000 rows on every key. Other filters compare lower-cased fields.
public struct SearchNeedle: Sendable {
    public let text: String
    private let bytes: [UInt8]
    private let isASCII: Bool

    public init(_ filter: String) {
        text = filter.lowercased()
        bytes = Array(text.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether `field` holds the text, ignoring case.
    public func found(in field: String) -> Bool {
        guard !bytes.isEmpty else { return true }
        guard isASCII else { return field.lowercased().contains(text) }
        var field = field
        return field.withUTF8 { haystack in
            guard haystack.count >= bytes.count else { return false }
            let first = bytes[0]
            for start in 0...(haystack.count - bytes.count) where Self.fold(haystack[start]) == first {
                var offset = 1
                while offset < bytes.count, Self.fold(haystack[start + offset]) == bytes[offset] { offset += 1 }
                if offset == bytes.count { return true }
            }
            return false
        }
    }

    /// ASCII upper case to lower case; every other byte as it is.
    private static func fold(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
