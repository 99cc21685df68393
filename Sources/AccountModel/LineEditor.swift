import Foundation

/// An edit of a line at its cursor; the keys for each are the key table's editing actions
/// (by default ←/→, Home/End and ^A/^E, Backspace, Delete, ^W, ^K, ^U, as a shell has them).
public enum LineEdit: Sendable, CaseIterable {
    case left, right, home, end, backspace, delete, deleteWord, deleteToEnd, clear

    /// Moves the cursor only: the text stays as it is.
    public var movesOnly: Bool { [.left, .right, .home, .end].contains(self) }
}

/// One line being typed, with a cursor and the edits a shell offers (`LineEdit`).
///
/// The unit is the grapheme cluster (Swift's `Character`): the cursor moves over, and
/// Backspace deletes, what the terminal shows as one letter — "é" typed as `e` + U+0301, a
/// flag, an emoji ZWJ sequence. The text is kept in NFC, so a pasted NFD "Õunapuu" and a
/// typed precomposed one are the same string, edit the same and are sent the same.
/// Invariant (property-tested): `0 <= cursor <= text.count` and
/// `beforeCursor + afterCursor == text`, whatever is inserted.
public struct LineEditor: Sendable, Equatable {
    public private(set) var text: String
    /// Grapheme clusters before the cursor.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text.nfc
        cursor = self.text.count
    }

    /// The text before the cursor (what the front end measures to place it).
    public var beforeCursor: Substring { text.prefix(cursor) }
    public var afterCursor: Substring { text.dropFirst(cursor) }

    private var cursorIndex: String.Index { text.index(text.startIndex, offsetBy: cursor) }

    /// Inserts at the cursor and puts the cursor after the insertion. A combining mark joins
    /// the letter before it (the count of clusters can grow by less than the scalars typed),
    /// so the cursor is counted again from the text, never added to.
    public mutating func insert(_ inserted: String) {
        let before = String(beforeCursor) + inserted
        let after = afterCursor
        text = (before + after).nfc
        // Where the inserted text ends, as clusters of the new text; clamped, because a
        // cluster may also have joined across the cursor (a ZWJ typed before an emoji).
        cursor = min(text.count, before.nfc.count)
    }

    /// Applies an edit at the cursor.
    public mutating func edit(_ edit: LineEdit) {
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .backspace:
            guard cursor > 0 else { return }
            text.remove(at: text.index(before: cursorIndex))
            cursor -= 1
            renormalise()
        case .delete:
            guard cursor < text.count else { return }
            text.remove(at: cursorIndex)
            renormalise()
        case .deleteWord:
            // Back over spaces, then over the word before them.
            var start = cursor
            let characters = Array(text)
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            text.removeSubrange(text.index(text.startIndex, offsetBy: start)..<cursorIndex)
            cursor = start
            renormalise()
        case .deleteToEnd:
            text.removeSubrange(cursorIndex...)
        case .clear:
            text = ""
            cursor = 0
        }
    }

    /// After a deletion the two sides meet: keep NFC and the cursor on a cluster boundary
    /// (a removed cluster can let a mark after it join the letter before).
    private mutating func renormalise() {
        let joined = text.nfc
        if joined.unicodeScalars.elementsEqual(text.unicodeScalars), cursor <= text.count { return }
        let before = String(beforeCursor)
        text = joined
        cursor = min(text.count, before.nfc.count)
    }
}
