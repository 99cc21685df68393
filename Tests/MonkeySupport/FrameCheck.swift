import AfilnetAPI
import TerminalUI
import TerminalText

public enum FrameCheck {
    /// What a grid must always be: no cell wider than two columns, every wide cell followed
    /// by its continuation (""), every continuation preceded by a wide cell, no controls.
    public static func problem(_ grid: Grid) -> String? {
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                let width = DisplayWidth.of(cell.text)
                if cell.text.isEmpty {
                    if x == 0 || DisplayWidth.of(grid[x - 1, y].text) != 2 { return "orphan continuation at \(x),\(y)" }
                    continue
                }
                if width == 0 || width > 2 { return "cell \(x),\(y) \(cell.text.debugDescription) is \(width) columns" }
                if width == 2, x + 1 >= grid.width || !grid[x + 1, y].text.isEmpty { return "wide cell \(x),\(y) without its continuation" }
                if cell.text.unicodeScalars.contains(where: TerminalSafeText.needsEscape) { return "control in cell \(x),\(y)" }
                if cell.text.unicodeScalars.count > 1 + DisplayWidth.marksPerCell { return "cell \(x),\(y) holds too many marks" }
            }
        }
        return nil
    }
}
