import CLibcExtras
/// The `/` filter's text, folded once per keystroke the way rows are (`SearchFold`): marked
/// when the text carries a mark on a Latin letter (it then matches only that letter),
/// plain otherwise.
public struct SearchNeedle: Sendable {
    public let text: String
    let bytes: [UInt8]
    let mode: SearchFold.Mode

    public init(_ filter: String) {
        text = filter
        let plain = SearchFold.folded(filter, .plain)
        let marked = SearchFold.folded(filter, .marked)
        mode = plain == marked ? .plain : .marked
        bytes = mode == .plain ? plain : marked
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether `field` holds the text, folded alike (for one field; lists use `SearchIndex`).
    public func found(in field: String) -> Bool {
        guard !bytes.isEmpty else { return true }
        let haystack = SearchFold.folded(field, mode)
        guard haystack.count >= bytes.count else { return false }
        return haystack.withUnsafeBytes { hay in
            bytes.withUnsafeBytes { pin in afl_memmem(hay.baseAddress, hay.count, pin.baseAddress, pin.count) != nil }
        }
    }
}

