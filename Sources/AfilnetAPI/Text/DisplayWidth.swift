/// How many terminal columns text takes: East Asian wide and fullwidth characters and emoji
/// take two, combining marks and zero-width characters none, the rest one. Used to align
/// tables (`東京 商事` is nine columns, not five) in the one-shot commands and the UI.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        if isZeroWidth(value) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// Zero-width scalars a cell keeps after its spacing one: ncurses' `CCHARW_MAX` is 5 and
    /// it drops the rest, so a grid cell holds no more than the terminal will show.
    public static let marksPerCell = 4

    /// `text` as the terminal lays it out: every scalar of width 1 or 2 starts a cell, and
    /// zero-width ones (combining marks, ZWJ, variation selectors) join the cell before it.
    /// This is ncurses' model (one `wcwidth` per scalar), so an emoji ZWJ sequence is as
    /// many cells as it has spacing scalars; zero-width scalars with no cell before them are
    /// dropped. Calls `body` with each cell's text and width.
    public static func forEachCell(_ text: String, _ body: (String, Int) -> Void) {
        var cell = String.UnicodeScalarView()
        var width = 0
        var marks = 0
        for scalar in text.unicodeScalars {
            let w = of(scalar)
            if w == 0 {
                if width > 0, marks < marksPerCell {
                    cell.append(scalar)
                    marks += 1
                }
                continue
            }
            if width > 0 { body(String(cell), width) }
            cell = String.UnicodeScalarView([scalar])
            width = w
            marks = 0
        }
        if width > 0 { body(String(cell), width) }
    }

    /// The longest prefix of `text` that fits in `columns`, and its width.
    public static func prefix(_ text: String, fitting columns: Int) -> (text: Substring, width: Int) {
        var width = 0
        var end = text.startIndex
        for character in text[...].indices {
            let w = of(String(text[character]))
            if width + w > columns { break }
            width += w
            end = text.index(after: character)
        }
        return (text[..<end], width)
    }

    /// `text` clipped to `columns` (an ellipsis marks the cut) and padded with spaces.
    public static func fit(_ text: String, _ columns: Int, ellipsis: Bool = true) -> String {
        guard columns > 0 else { return "" }
        let full = of(text)
        if full <= columns { return text + String(repeating: " ", count: columns - full) }
        let room = ellipsis ? columns - 1 : columns
        let (head, width) = prefix(text, fitting: room)
        return String(head) + (ellipsis ? "…" : "") + String(repeating: " ", count: room - width)
    }

    private static func isZeroWidth(_ value: UInt32) -> Bool {
        switch value {
        case 0x300...0x36F, 0x483...0x489, 0x591...0x5BD, 0x610...0x61A, 0x64B...0x65F, 0x200B...0x200F,
            0x202A...0x202E, 0x2060...0x2064, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF,
            0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0xE0100...0xE01EF:
            true
        default: false
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x1F680...0x1F6FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
            0x231A...0x231B, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE, 0x2614...0x2615,
            0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
            0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B,
            0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF,
            0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F2FF:
            true
        default: false
        }
    }
}
