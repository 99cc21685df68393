import AccountModel
import AfilnetAPI
import BalanceHistory
import Foundation
import Localization
import PropertySupport
import Testing
@testable import TerminalUI

/// The chart under generated histories (none, one, thousands; flat, jumping, negative, huge;
/// out of the span, out of order in time, several at one instant) and rectangles from nothing
/// to 120×40, in braille and ASCII.
@Suite("Balance chart under generated histories")
struct BalanceChartPropertyTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    static func history(_ generator: inout Generator, range: ChartRange) -> [BalanceSample] {
        let count = generator.pick([0, 1, 2, generator.int(3...40), generator.int(40...2000)])
        let span = range.seconds * generator.pick([0.01, 0.5, 1, 2, 20])
        let values: [Double] = [0, -7.5, 1e12, 152.34, 10, 10.001]
        var value = generator.pick(values)
        var times = (0..<count).map { _ in now.timeIntervalSince1970 - Double(generator.int(0...1_000_000)) / 1_000_000 * span }
        times.sort()
        if generator.chance(0.1) { times.append(now.timeIntervalSince1970 + 3600) }  // a clock ahead
        return times.map { time in
            if generator.chance(0.3) { value = generator.chance(0.1) ? generator.pick(values) : value + Double(generator.int(-50...20)) / 7 }
            return BalanceSample(time: Date(timeIntervalSince1970: time), amount: Decimal(string: String(format: "%.2f", value)) ?? 0, source: .ui)
        }
    }

    /// Nothing outside its rectangle, a whole grid, and, when a plot is drawn, the line
    /// touches its top row (the highest reading) and its bottom row (the lowest); a flat one
    /// runs through the middle.
    @Test func staysInItsRectangleAndSpansItsScale() {
        Property.check("BalanceChart") { generator in
            let range = generator.pick(ChartRange.allCases)
            let glyphs = generator.pick([ChartGlyphs.braille, .ascii])
            let samples = Self.history(&generator, range: range)
            let grid0 = Grid(width: generator.int(0...120), height: generator.int(0...40))
            let rect = Rect(x: generator.int(-2...10), y: generator.int(-2...5), width: generator.int(0...120), height: generator.int(0...40))
            var grid = grid0
            let text = generator.chance(0.5) ? Language.english.catalogue : Language.estonian.catalogue
            let series = BalanceSeries(samples)
            BalanceChart.draw(series, topUps: series.topUps, range: range, now: Self.now, glyphs: glyphs, text: text, in: rect, grid: &grid)
            if let problem = FrameCheck.problem(grid) { return problem }
            for row in 0..<grid.height {
                for column in 0..<grid.width where grid[column, row] != grid0[column, row] {
                    let inside = column >= rect.x && column < rect.x + rect.width && row >= rect.y && row < rect.y + rect.height
                    if !inside { return "cell \(column),\(row) outside \(rect)" }
                }
            }
            // The plot, when drawn whole inside the grid: right of the value axis's top mark.
            let plotRows = rect.height - BalanceChart.axisRows
            let axisMark = glyphs == .ascii ? "+" : "┤"
            guard rect.x >= 0, rect.y >= 0, rect.x + rect.width <= grid.width, rect.y + rect.height <= grid.height, plotRows >= 1,
                let axis = (rect.x..<(rect.x + rect.width)).first(where: { grid[$0, rect.y].text == axisMark })
            else { return nil }
            func lineIn(_ row: Int) -> Bool {
                ((axis + 1)..<(rect.x + rect.width)).contains { column in
                    let cell = grid[column, row].text
                    return glyphs == .ascii ? ["'", "-", "_", "|"].contains(cell) : cell.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } ?? false
                }
            }
            // A flat line (readings within a cent) is drawn mid-scale instead.
            let first = max(0, series.firstIndex(atOrAfter: Self.now.timeIntervalSince1970 - range.seconds) - 1)
            let shown = series.values[first..<series.firstIndex(atOrAfter: Self.now.timeIntervalSince1970.nextUp)]
            guard let high = shown.max(), let low = shown.min(), high - low >= 0.01 else { return lineIn(rect.y + (plotRows - 1) / 2) || lineIn(rect.y + plotRows / 2) ? nil : "no flat line" }
            if !lineIn(rect.y) { return "no line in the top row (\(samples.count) samples, \(rect))" }
            if !lineIn(rect.y + plotRows - 1) { return "no line in the bottom row (\(samples.count) samples, \(rect))" }
            return nil
        }
    }

    // Found by the property test above.

    /// A chart narrower than its time label: the label stops at the chart's edge.
    @Test func aTimeLabelNeverRunsPastANarrowChart() {
        var grid = Grid(width: 40, height: 12)
        let series = BalanceSeries(times: [Self.now.timeIntervalSince1970 - 600, Self.now.timeIntervalSince1970], values: [20, 10])
        let rect = Rect(x: 3, y: 2, width: 12, height: 8)
        BalanceChart.draw(series, topUps: [], range: .week, now: Self.now, glyphs: .braille, text: Language.english.catalogue, in: rect, grid: &grid)
        for row in 0..<grid.height {
            for column in (rect.x + rect.width)..<grid.width { #expect(grid[column, row].text == " ", "\(column),\(row)") }
        }
        #expect(grid.text.contains("┤"))
    }

    /// A reading stamped in the future (a clock that was ahead) is not drawn off the chart
    /// and does not stretch its scale: 6.43 an hour from now leaves the scale at 10–12.
    @Test func aReadingFromTheFutureWaitsForItsTime() {
        var grid = Grid(width: 60, height: 12)
        let now = Self.now.timeIntervalSince1970
        let series = BalanceSeries(times: [now - 7200, now - 700, now + 3600], values: [12, 10, 6.43])
        BalanceChart.draw(series, topUps: [], range: .day, now: Self.now, glyphs: .ascii, text: Language.english.catalogue,
                          in: Rect(x: 0, y: 0, width: 60, height: 12), grid: &grid)
        #expect(grid.text.contains("12.00 +"))
        #expect(grid.text.contains("10.00 +"))
        #expect(!grid.text.contains("6.43"))
    }

    /// Found by the model monkey: a balance of 10^15 spent at a fraction of a credit a day lasts past
    /// what `time_t` holds; the pane said so by trapping. Now it names a date and the days.
    @Test func aForecastBeyondTimeTIsDrawn() {
        var model = ModelMonkey.startingModel(language: .english)
        let now = model.now.timeIntervalSince1970
        let samples = (0...72).map { hour in
            BalanceSample(time: Date(timeIntervalSince1970: now - Double(72 - hour) * 3600), amount: Decimal(1e15) - Decimal(hour) / 100, source: .ui)
        }
        _ = model.handle(.balanceLoaded(.success(Balance(text: "1000000000000000")!), history: .success(samples)))
        let text = Renderer.render(model).text
        #expect(text.contains("At this rate it lasts until"))
        // And a history whose readings lie absurdly far apart.
        let far = SpendForecast(times: [-1e300, 0, 1e300], values: [5, 4, 3])
        #expect(far.daysUsed == 7)
    }
}
