import AfilnetAPI
import TerminalText

/// One screen cell: a grapheme (or "" where the right half of a wide character sits) and
/// its style.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .normal)
}

/// The frame as a grid of cells: what render functions draw into, what tests compare as text,
/// and what the one ncurses-facing type copies to the terminal.
///
/// Every string goes through `TerminalSafeText` on its way in, so nothing from a server can
/// put a control or escape byte on the terminal, and is measured by display width, so `東`
/// takes two cells and a wide character never straddles the clip edge.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's own cursor shows (in the field being typed in), or nil: hidden.
    public var cursor: Position?

    public struct Position: Sendable, Equatable {
        public let x: Int
        public let y: Int
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y), clipped to `limit` columns (to the right edge by default);
    /// returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        putSafe(TerminalSafeText.sanitize(text), x: x, y: y, style: style, limit: limit)
    }

    /// One of the app's own one-cell glyphs (the chart's braille and ASCII dots: no control,
    /// nothing to escape, one column wide), placed without `put`'s sanitising and measuring —
    /// a large chart places thousands a frame. Never for text from outside.
    mutating func putGlyph(_ glyph: Character, x: Int, y: Int, style: Style) {
        assert(DisplayWidth.of(String(glyph)) == 1 && !glyph.unicodeScalars.contains(where: TerminalSafeText.needsEscape))
        set(x, y, Cell(text: String(glyph), style: style))
    }

    /// `put` for text already sanitised (the fitting helpers measure it first).
    @discardableResult
    private mutating func putSafe(_ text: String, x: Int, y: Int, style: Style, limit: Int?) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        var clipped = false
        DisplayWidth.forEachCell(text) { cell, w in
            guard !clipped else { return }
            if column + w > end {
                // A wide character that does not fit leaves a blank, never half a glyph.
                if column < end, column >= 0 { set(column, y, Cell(text: " ", style: style)) }
                column = end
                clipped = true
                return
            }
            if column >= 0 {
                set(column, y, Cell(text: cell, style: style))
                if w == 2, column + 1 < width { set(column + 1, y, Cell(text: "", style: style)) }
            }
            column += w
        }
        return column
    }

    /// `text` padded or cut (with …) to exactly `columns` cells.
    public mutating func putFitted(_ text: String, x: Int, y: Int, columns: Int, style: Style = .normal) {
        putSafe(DisplayWidth.fit(TerminalSafeText.sanitize(text), columns), x: x, y: y, style: style, limit: columns)
    }

    /// `text` cut (with …) to at most `columns` cells, not padded: cells past it keep their
    /// style, so a highlight costs the bytes of the text, not of the width.
    public mutating func putClipped(_ text: String, x: Int, y: Int, columns: Int, style: Style = .normal) {
        let clean = TerminalSafeText.sanitize(text)
        let shown = DisplayWidth.of(clean) <= columns ? clean : DisplayWidth.fit(clean, columns).trimmingTrailingSpaces
        putSafe(shown, x: x, y: y, style: style, limit: columns)
    }

    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .normal) {
        // Empty, not a trap, when the rectangle lies outside the grid (a tiny terminal).
        let rows = max(0, y)..<max(max(0, y), min(height, y + h))
        let columns = max(0, x)..<max(max(0, x), min(width, x + w))
        for row in rows {
            for column in columns { set(column, row, Cell(text: " ", style: style)) }
        }
    }

    /// A box with an optional title on its top edge.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, style: Style, title: String? = nil, titleStyle: Style = .title) {
        guard w >= 2, h >= 2 else { return }
        put("┌" + String(repeating: "─", count: w - 2) + "┐", x: x, y: y, style: style, limit: w)
        for row in (y + 1)..<(y + h - 1) {
            put("│", x: x, y: row, style: style)
            put("│", x: x + w - 1, y: row, style: style)
        }
        put("└" + String(repeating: "─", count: w - 2) + "┘", x: x, y: y + h - 1, style: style, limit: w)
        if let title, w > 4 { put(" \(title) ", x: x + 2, y: y, style: titleStyle, limit: w - 4) }
    }

    /// The grid as plain text, one line per row (for snapshots).
    public var text: String {
        (0..<height).map { row in
            (0..<width).map { self[$0, row].text }.joined()
        }.joined(separator: "\n")
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        // Overwriting half of a wide character blanks its other half. A continuation ("")
        // being written belongs to the wide character just put left of it: that one stays.
        let index = y * width + x
        if cells[index].text == "", x > 0, cell.text != "" { cells[index - 1] = Cell(text: " ", style: cells[index - 1].style) }
        if x + 1 < width, cells[index + 1].text == "", DisplayWidth.of(cells[index].text) == 2, DisplayWidth.of(cell.text) < 2 {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
