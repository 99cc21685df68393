import AccountModel
import AfilnetAPI
import CLibcExtras
import Foundation
import PropertySupport
import Testing

@testable import TerminalUI
import TerminalText

@Suite("Terminal text: grid, widths, wrapping, fields, columns and the sanitiser under generated input")
struct TextPropertyTests {
    /// Text written anywhere, clipped anyhow, over anything already there: the grid stays
    /// whole, and nothing changes outside the row written (and its limit, give or take the
    /// halves of wide characters cut at the edges).
    @Test func writingNeverBreaksTheGridOrLeavesItsRow() {
        Property.check("Grid.put") { generator in
            var grid = Grid(width: generator.int(0...30), height: generator.int(0...6))
            for _ in 0..<generator.int(1...12) {
                let before = grid
                let text = HostileText.string(&generator)
                let (x, y) = (generator.int(-8...34), generator.int(-2...7))
                let limit: Int? = generator.chance(0.5) ? generator.int(-2...20) : nil
                let end = grid.put(text, x: x, y: y, style: .normal, limit: limit)
                if let problem = FrameCheck.problem(grid) { return "after put(\(text.debugDescription), \(x), \(y), \(String(describing: limit))): \(problem)" }
                let right = min(grid.width, limit.map { x + max(0, $0) } ?? grid.width)
                for row in 0..<grid.height {
                    for column in 0..<grid.width where grid[column, row] != before[column, row] {
                        let inside = row == y && column >= x - 1 && column <= right
                        if !inside { return "cell \(column),\(row) changed by put at \(x),\(y) limit \(String(describing: limit))" }
                    }
                }
                if y >= 0, y < grid.height, x < grid.width, end > max(x, right) { return "returned column \(end) past \(right)" }
            }
            return nil
        }
    }

    /// Every renderer entry point, through fill, box, fitted and clipped text.
    @Test func boxesFillsAndFittedTextKeepTheGridWhole() {
        Property.check("Grid shapes") { generator in
            var grid = Grid(width: generator.int(0...40), height: generator.int(0...10))
            for _ in 0..<generator.int(1...10) {
                let (x, y, w, h) = (generator.int(-5...45), generator.int(-3...12), generator.int(-3...45), generator.int(-3...12))
                switch generator.int(0...3) {
                case 0: grid.fill(x: x, y: y, width: w, height: h)
                case 1: grid.box(x: x, y: y, width: w, height: h, style: .border, title: HostileText.string(&generator, pieces: 0...3))
                case 2: grid.putFitted(HostileText.string(&generator), x: x, y: y, columns: w)
                default: grid.putClipped(HostileText.string(&generator), x: x, y: y, columns: w)
                }
                if let problem = FrameCheck.problem(grid) { return problem }
            }
            return nil
        }
    }

    /// `fit` gives exactly the width asked; `prefix` never more; a string's width is the sum
    /// of its cells'.
    @Test func widthsAddUp() {
        Property.check("DisplayWidth") { generator in
            let text = TerminalSafeText.sanitize(HostileText.string(&generator))
            let columns = generator.int(0...30)
            let fitted = DisplayWidth.fit(text, columns)
            if DisplayWidth.of(fitted) != columns { return "fit(\(text.debugDescription), \(columns)) is \(DisplayWidth.of(fitted)) wide" }
            let prefix = DisplayWidth.prefix(text, fitting: columns)
            if prefix.width > columns || DisplayWidth.of(String(prefix.text)) != prefix.width { return "prefix too wide" }
            var cells = 0
            DisplayWidth.forEachCell(text) { cell, width in
                cells += width
            }
            return cells == DisplayWidth.of(text) ? nil : "cells of \(text.debugDescription) add to \(cells), not \(DisplayWidth.of(text))"
        }
    }

    /// The grid's widths are the ones ncurses uses to place text (glibc's `wcwidth`, per
    /// scalar): if they disagreed, every cell after a disagreeing character would be drawn
    /// in the wrong column. Checked for every printable scalar glibc knows.
    @Test func widthsAgreeWithTheTerminalLibrary() throws {
        // This thread's locale only (setlocale would change it under the tests running beside).
        let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
        let saved = uselocale(utf8)
        defer {
            uselocale(saved)
            freelocale(utf8)
        }
        var disagreements: [String] = []
        for value in UInt32(0xA0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let theirs = afl_wcwidth(Int32(bitPattern: value))
            if theirs < 0 {
                // Unknown to glibc: the sanitiser must escape it before ncurses meets it.
                if !TerminalSafeText.needsEscape(scalar) { disagreements.append(String(value, radix: 16) + ": unknown, not escaped") }
                continue
            }
            if Int(theirs) != DisplayWidth.of(scalar) {
                disagreements.append(String(value, radix: 16) + ": glibc \(theirs), ours \(DisplayWidth.of(scalar))")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) scalars, e.g. \(disagreements.prefix(12))")
    }

    /// Wrapped lines never exceed the width (a lone wide cell on a one-column line aside),
    /// and no non-space character is lost.
    @Test func wrappedLinesFitAndKeepTheText() {
        Property.check("TextWrap") { generator in
            let text = TerminalSafeText.sanitize(HostileText.string(&generator, pieces: 0...30))
            let width = generator.int(1...40)
            let lines = TextWrap.lines(text, width: width)
            for line in lines where DisplayWidth.of(line) > width {
                var cells = 0
                DisplayWidth.forEachCell(line) { _, _ in cells += 1 }
                if !(width == 1 && cells == 1) { return "line \(line.debugDescription) is \(DisplayWidth.of(line)) wide, more than \(width)" }
            }
            // The spacing scalars (zero-width ones may ride on a space that becomes a break).
            func letters(_ text: String) -> [Unicode.Scalar] {
                text.unicodeScalars.filter { $0 != " " && DisplayWidth.of($0) > 0 }
            }
            let kept = lines.flatMap(letters)
            return kept == letters(text) ? nil : "wrapping \(text.debugDescription) at \(width) lost text"
        }
    }

    /// A field window always shows the cursor inside the field, and no more than fits.
    @Test func theFieldWindowKeepsTheCursorInTheField() {
        Property.check("FieldWindow") { generator in
            var editor = LineEditor(HostileText.string(&generator, pieces: 0...20))
            for _ in 0..<generator.int(0...10) { editor.edit(generator.pick([.left, .right, .home, .end])) }
            let columns = generator.int(1...40)
            let window = FieldWindow(editor, columns: columns)
            if !(0..<columns).contains(window.cursorColumn) { return "cursor column \(window.cursorColumn) outside \(columns)" }
            return nil
        }
    }

    /// Column fitting at every width from 1 to 400: the shown columns and their gaps fit
    /// whenever the narrowest set could, every shown column is at least a cell wide.
    @Test func tableColumnsFitEveryWidth() {
        Property.check("Table.fit", cases: 100) { generator in
            let columns = (0..<generator.int(1...10)).map { _ in
                Column(title: HostileText.string(&generator, pieces: 0...2), width: generator.chance(0.5) ? 0 : generator.int(1...30),
                       priority: generator.int(0...9), minimum: generator.int(1...12))
            }
            for total in 1...400 {
                let shown = Table.fit(columns, into: total)
                let widths = Table.widths(columns, shown, total)
                if shown.isEmpty { return "no column at width \(total)" }
                if shown.contains(where: { (widths[$0] ?? 0) < 1 }) { return "a column under one cell at \(total)" }
                let used = shown.reduce(0) { $0 + widths[$1]! } + shown.count - 1
                if shown.count > 1, used > total { return "columns take \(used) of \(total)" }
            }
            return nil
        }
    }

    /// The sanitiser leaves nothing a terminal would act on, and is idempotent.
    @Test func sanitisedTextHoldsNoControls() {
        Property.check("TerminalSafeText") { generator in
            let text = HostileText.string(&generator)
            let clean = TerminalSafeText.sanitize(text)
            if clean.unicodeScalars.contains(where: TerminalSafeText.needsEscape) { return "\(clean.debugDescription) holds a control" }
            return TerminalSafeText.sanitize(clean) == clean ? nil : "not idempotent on \(text.debugDescription)"
        }
    }

    // Named examples.

    /// Writing a wide character over another's right half used to blank the new one.
    @Test func aWideCharacterOverAnotherKeepsItsGlyph() {
        var grid = Grid(width: 6, height: 1)
        grid.put("東京", x: 0, y: 0)
        grid.put("商", x: 1, y: 0)
        #expect(grid.text == " 商   ")
        #expect(FrameCheck.problem(grid) == nil)
    }

    /// A ZWJ family is as many cells as ncurses makes of it: three wide ones here.
    @Test func anEmojiSequenceTakesTheCellsTheTerminalGivesIt() {
        var grid = Grid(width: 8, height: 1)
        let end = grid.put("👨‍👩‍👧x", x: 0, y: 0)
        #expect(end == 7)
        #expect(grid[6, 0].text == "x")
        #expect(FrameCheck.problem(grid) == nil)
    }

    /// A fill of a rectangle right of the grid used to trap (an inverted range).
    @Test func fillingOutsideTheGridDoesNothing() {
        var grid = Grid(width: 10, height: 3)
        grid.fill(x: 20, y: 5, width: 4, height: -2)
        grid.fill(x: 12, y: 0, width: 5, height: 2)
        #expect(grid == Grid(width: 10, height: 3))
    }

    /// Found by the column-fitting property: a flexible column got at least four cells even
    /// when fewer were left, and the table ran past its box.
    @Test func aFlexibleColumnNeverTakesMoreThanIsLeft() {
        let columns = [Column(title: "a", width: 5, priority: 0), Column(title: "b", width: 0, priority: 1, minimum: 1)]
        let shown = Table.fit(columns, into: 8)
        let widths = Table.widths(columns, shown, 8)
        #expect(shown.count == 2)
        #expect(shown.reduce(0) { $0 + widths[$1]! } + shown.count - 1 <= 8)
    }

    /// Found by the width property: a Hebrew point and an Arabic mark take no column for
    /// glibc (so for ncurses), and were counted as one, shifting the rest of the line.
    @Test func marksOfOtherScriptsTakeNoColumn() {
        #expect(DisplayWidth.of("\u{5BF}") == 0)
        #expect(DisplayWidth.of("\u{670}") == 0)
        #expect(DisplayWidth.of("ש\u{5BF}x") == 2)
    }
}
