/// One line being typed, with a cursor and the editing keys a shell offers: ←/→, Home/End
/// (^A/^E), Backspace, Delete, ^W (word before the cursor), ^K (to the end), ^U (the line).
public struct LineEditor: Sendable, Equatable {
    public private(set) var text: String
    /// Characters before the cursor.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// The text before the cursor (what the front end measures to place it).
    public var beforeCursor: Substring { text.prefix(cursor) }

    private var cursorIndex: String.Index { text.index(text.startIndex, offsetBy: cursor) }

    public mutating func insert(_ inserted: String) {
        text.insert(contentsOf: inserted, at: cursorIndex)
        cursor += inserted.count
    }

    /// Applies an editing key; false for keys that are not about editing (they go elsewhere).
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: text.index(before: cursorIndex))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: cursorIndex)
        case .control("w"):
            // Back over spaces, then over the word before them.
            var start = cursor
            let characters = Array(text)
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            text.removeSubrange(text.index(text.startIndex, offsetBy: start)..<cursorIndex)
            cursor = start
        case .control("k"): text.removeSubrange(cursorIndex...)
        case .control("u"):
            text = ""
            cursor = 0
        default: return false
        }
        return true
    }
}
