import AccountModel
import BalanceHistory
import Foundation
import Localization

/// The balance over a span as a step line (a balance holds until the next reading): braille
/// dots (2×4 a cell) or ASCII, a value axis in the language's numbers, a time axis, and a
/// mark under each top-up. Pure: samples in, cells out; O(samples + columns) a frame.
enum BalanceChart {
    /// Rows under the plot: the time axis (with the top-up marks) and its labels.
    static let axisRows = 2

    static func draw(
        _ series: BalanceSeries, topUps: [Double], range: ChartRange, now: Date, glyphs: ChartGlyphs,
        text: Catalogue, in rect: Rect, grid: inout Grid
    ) {
        let plotRows = rect.height - axisRows
        guard plotRows >= 1, rect.width >= 12 else { return }
        let end = now.timeIntervalSince1970, start = end - range.seconds
        // The readings in the span, and the one before it: the line starts at the left edge.
        // One from the future (a clock that was ahead) waits for its time.
        var first = series.firstIndex(atOrAfter: start)
        let past = series.firstIndex(atOrAfter: end.nextUp)
        guard first < past else {
            grid.put(text.noReadings, x: rect.x + 2, y: rect.y + plotRows / 2, style: .muted, limit: rect.width - 2)
            return
        }
        if first > 0 { first -= 1 }
        let shown = first..<past
        let times = series.times, values = series.values
        var low = Double.infinity, high = -Double.infinity
        for index in shown {
            low = min(low, values[index])
            high = max(high, values[index])
        }
        if high - low < 0.01 {
            low -= 1
            high += 1
        }
        // A value label every four rows or so (top and bottom always), each at its row's value.
        // (`String(format:)` without a locale writes `.`: the catalogue puts the language's.)
        let decimals = high - low >= 10 ? 0 : 2
        let count = min(plotRows, max(plotRows >= 5 ? 3 : 2, plotRows / 4 + 1))
        var labels: [Int: String] = [:]
        for index in 0..<count {
            let row = plotRows == 1 ? 0 : Int((Double(index * (plotRows - 1)) / Double(count - 1)).rounded())
            let value = plotRows == 1 ? high : high - (high - low) * Double(row) / Double(plotRows - 1)
            labels[row] = text.decimal(String(format: "%.\(decimals)f", value))
        }
        let labelWidth = labels.values.map(\.count).max() ?? 1
        let ascii = glyphs == .ascii
        let plotX = rect.x + labelWidth + 2, plotColumns = rect.x + rect.width - plotX
        guard plotColumns >= 4 else { return }

        // The value axis: its labels and its line.
        for row in 0..<plotRows {
            let label = labels[row]
            if let label {
                grid.put(String(repeating: " ", count: labelWidth - label.count) + label, x: rect.x, y: rect.y + row, style: .muted)
            }
            grid.putGlyph(label == nil ? (ascii ? "|" : "│") : (ascii ? "+" : "┤"), x: rect.x + labelWidth + 1, y: rect.y + row, style: .muted)
        }
        // The line, on a canvas of dots.
        var canvas = Canvas(columns: plotColumns, rows: plotRows, glyphs: glyphs)
        let width = Double(canvas.width - 1), height = Double(canvas.height - 1)
        func dotX(_ time: Double) -> Int { Int(((max(start, time) - start) / range.seconds * width).rounded()) }
        func dotY(_ value: Double) -> Int { Int(((value - low) / (high - low) * height).rounded()) }
        var previous: (x: Int, y: Int)?
        for index in shown {
            let x = dotX(times[index]), y = dotY(values[index])
            if let previous {
                canvas.horizontal(from: previous.x, to: x, y: previous.y)
                canvas.vertical(x: x, from: previous.y, to: y)
            } else {
                canvas.set(x, y)
            }
            previous = (x, y)
        }
        canvas.draw(x: plotX, y: rect.y, grid: &grid)

        // The time axis, its marks and labels.
        let axisY = rect.y + plotRows
        grid.putGlyph(ascii ? "+" : "└", x: plotX - 1, y: axisY, style: .muted)
        for column in plotX..<(plotX + plotColumns) { grid.putGlyph(ascii ? "-" : "─", x: column, y: axisY, style: .muted) }
        for topUp in topUps where topUp >= start && topUp <= end {
            grid.putGlyph(ascii ? "^" : "▲", x: plotX + dotX(topUp) / canvas.dotsAcross, y: axisY, style: .verified)
        }
        let names = [start, start + range.seconds / 2, end].map { time in label(Date(timeIntervalSince1970: time), range: range, text: text) }
        // Labels never past the rectangle, however narrow.
        let right = rect.x + rect.width
        grid.put(names[0], x: plotX, y: axisY + 1, style: .muted, limit: right - plotX)
        if plotColumns >= 3 * (names[1].count + 2) {
            grid.put(names[1], x: plotX + plotColumns / 2 - names[1].count / 2, y: axisY + 1, style: .muted)
        }
        if plotColumns >= names[0].count + names[2].count + 2 {
            grid.put(names[2], x: plotX + plotColumns - names[2].count, y: axisY + 1, style: .muted)
        }
    }

    /// A time on the axis: the hour within a day's span, the date beyond.
    static func label(_ date: Date, range: ChartRange, text: Catalogue) -> String {
        if range == .day { return ClockText.hourMinute(date) }
        let parts = ClockText.parts(date)
        return text.shortDate(parts.day, parts.month)
    }
}

/// Dots on cells: braille has 2×4 dots a cell, ASCII 1×3 (top `'`, middle `-`, bottom `_`,
/// more than one `|`). y counts up from the bottom.
struct Canvas {
    let columns, rows: Int
    let dotsAcross, dotsDown: Int
    let glyphs: ChartGlyphs
    private var bits: [UInt8]

    init(columns: Int, rows: Int, glyphs: ChartGlyphs) {
        self.columns = columns
        self.rows = rows
        self.glyphs = glyphs
        (dotsAcross, dotsDown) = glyphs == .braille ? (2, 4) : (1, 3)
        bits = [UInt8](repeating: 0, count: columns * rows)
    }

    var width: Int { columns * dotsAcross }
    var height: Int { rows * dotsDown }

    mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let fromTop = height - 1 - y
        let cell = (fromTop / dotsDown) * columns + x / dotsAcross
        let row = fromTop % dotsDown, column = x % dotsAcross
        bits[cell] |= glyphs == .braille ? Self.braille[column][row] : UInt8(1 << row)
    }

    mutating func horizontal(from a: Int, to b: Int, y: Int) {
        guard a <= b else { return set(b, y) }
        for x in a...b { set(x, y) }
    }

    mutating func vertical(x: Int, from a: Int, to b: Int) {
        for y in min(a, b)...max(a, b) { set(x, y) }
    }

    /// Puts the cells with dots (the others stay as they are: blank).
    func draw(x: Int, y: Int, grid: inout Grid) {
        for row in 0..<rows {
            for column in 0..<columns {
                let value = bits[row * columns + column]
                guard value != 0 else { continue }
                let glyph = glyphs == .braille ? Character(Unicode.Scalar(0x2800 + UInt32(value))!) : Self.ascii(value)
                grid.putGlyph(glyph, x: x + column, y: y + row, style: .balance)
            }
        }
    }

    /// Braille dot bits by column (0, 1) and row (0…3 from the top).
    static let braille: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    static func ascii(_ value: UInt8) -> Character {
        switch value {
        case 0: " "
        case 1: "'"
        case 2: "-"
        case 4: "_"
        default: "|"
        }
    }
}
