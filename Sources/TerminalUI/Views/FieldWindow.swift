import AccountModel
import AfilnetAPI
import TerminalText

/// The part of a typed line a field of `columns` cells shows: all of it when it fits (with a
/// cell left for the cursor at the end), else a stretch that keeps the cursor in sight,
/// marked with … where text is cut off before it.
struct FieldWindow {
    let shown: String
    /// Cells from the field's left edge to the cursor.
    let cursorColumn: Int

    init(_ editor: LineEditor, columns: Int) {
        let characters = editor.text.map { TerminalSafeText.sanitize(String($0)) }
        let widths = characters.map { DisplayWidth.of($0) }
        let room = max(1, columns - 1)
        var start = 0
        if widths.reduce(0, +) > room {
            // The latest start from which the cursor still fits, after the … mark.
            var width = widths[..<editor.cursor].reduce(0, +)
            while start < editor.cursor, width + (start > 0 ? 1 : 0) > room {
                width -= widths[start]
                start += 1
            }
        }
        let mark = start > 0 ? "…" : ""
        shown = mark + characters[start...].joined()
        // Inside the field even when one cluster alone is wider than it.
        cursorColumn = min(max(0, columns - 1), DisplayWidth.of(mark) + widths[start..<editor.cursor].reduce(0, +))
    }
}
