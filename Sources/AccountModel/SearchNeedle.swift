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
}
