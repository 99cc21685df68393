import AfilnetAPI
import TerminalText

/// Word wrapping by display width (a CJK character takes two columns); a word wider than
/// the line is split where it must be, between terminal cells (`DisplayWidth.forEachCell`),
/// so a ZWJ emoji sequence wider than the line still breaks. No line is wider than `width`,
/// except a line holding one wide cell when `width` is 1 (it cannot be split).
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = "", lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let word = String(word)
            let wordWidth = DisplayWidth.of(word)
            if wordWidth == 0 { continue }
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            line = ""
            lineWidth = 0
            DisplayWidth.forEachCell(word) { cell, cellWidth in
                if lineWidth > 0, lineWidth + cellWidth > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line += cell
                lineWidth += cellWidth
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
