import AccountModel
import BalanceHistory
import Foundation
import Localization

/// The balance pane: the figure and its age, warnings, the spend and forecast, then the chart
/// in whatever room is left, its span switcher, and the refresh hint.
enum BalanceView {
    /// The warning ahead of time shows when the threshold is this many days away or less.
    static let warnAheadDays = 7.0

    static func draw(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let text = model.text
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: focused ? .focusedBorder : .border, title: text.paneBalance)
        let inner = rect.inner
        guard inner.height >= 1 else { return }
        let state = model.balance
        let bottom = inner.y + inner.height
        var y = inner.y + (inner.height > 6 ? 1 : 0)
        func line(_ string: String, _ style: Style) {
            guard y < bottom else { return }
            grid.put("  " + string, x: inner.x, y: y, style: style, limit: inner.width)
            y += 1
        }
        if let balance = state.balance {
            line(text.credits(text.decimal(balance.text)), state.isLow ? .warning : .balance)
        } else {
            line(model.isInFlight(.balance) ? text.loading : "—", .muted)
        }
        y += 1
        if let readAt = state.readAt {
            line(text.lastRead(ClockText.of(readAt), max(0, Int(model.now.timeIntervalSince(readAt)))), .muted)
        }
        if state.isLow {
            line(text.lowBalance(text.decimal("\(state.lowThreshold)")), .warning)
        } else if let days = state.daysUntilLow, days <= warnAheadDays {
            line(text.belowIn(text.decimal("\(state.lowThreshold)"), wholeDays(days)), .warning)
        }
        if let error = state.error {
            // The whole reason, wrapped, leaving the last row for the refresh hint.
            for wrapped in TextWrap.lines(text.readBalanceFailed(error.text(in: text)), width: max(1, inner.width - 4)).prefix(max(1, bottom - y - 1)) {
                line(wrapped, .error)
            }
        }
        if state.hasHistory {
            for (words, style) in forecastLines(state, text: text) { line(words, style) }
        }

        // Below: the span switcher and the refresh hint, each when there is room.
        let hint = state.refreshInterval > 0 ? text.refreshesEvery(Int(state.refreshInterval), model.keys.label(for: .refresh, in: text)) : nil
        let chartTop = y + 1, chartBottom = bottom - 1 - (hint == nil ? 0 : 1)
        if state.hasHistory, chartBottom - chartTop >= BalanceChart.axisRows + 3, inner.width >= 30 {
            BalanceChart.draw(
                state.series, topUps: state.topUps, range: state.range, now: model.now, glyphs: state.glyphs, text: text,
                in: Rect(x: inner.x + 1, y: chartTop, width: inner.width - 2, height: chartBottom - chartTop), grid: &grid)
            rangeSwitcher(model, x: inner.x + 2, y: chartBottom, width: inner.width - 2, grid: &grid)
            y = chartBottom + 1
        }
        if let hint { line(hint, .muted) }
    }

    /// Spend per day and how long the balance lasts, or why there is no forecast yet.
    static func forecastLines(_ state: BalanceModel, text: Catalogue) -> [(String, Style)] {
        let forecast = state.forecast
        switch forecast.outlook {
        case .needsMoreData(let covered):
            let hours = Int(covered / 3600)
            return [(text.needsReadings(SpendForecast.minimumDays, text.span(hours / 24, hours % 24)), .muted)]
        case .noSpend:
            return [(text.noSpend(forecast.daysUsed), .muted)]
        case .spending(let perDay, let daysLeft, let until):
            let figure = text.decimal(String(format: "%.2f", perDay))
            let date = ClockText.parts(until)
            return [
                (text.spendPerDay(figure, forecast.daysUsed), .normal),
                (text.lastsUntil(text.shortDate(date.day, date.month), wholeDays(daysLeft)), daysLeft <= warnAheadDays ? .warning : .normal),
            ]
        }
    }

    /// Whole days for the words, however far the forecast reaches (no trap past `Int.max`).
    static func wholeDays(_ days: Double) -> Int {
        days.isFinite ? Int(max(0, min(days, 1e12))) : 0
    }

    /// `t  24 h · 7 d · 30 d  ▲ top-up`, the span shown picked out.
    static func rangeSwitcher(_ model: AppModel, x: Int, y: Int, width: Int, grid: inout Grid) {
        let text = model.text
        let end = x + width
        var column = grid.put(model.keys.label(for: .chartRange, in: text) + " ", x: x, y: y, style: .footerKey, limit: width)
        for (index, name) in text.chartRangeNames.enumerated() where column < end {
            let chosen = index == model.balance.range.rawValue
            column = grid.put(chosen ? "[\(name)]" : " \(name) ", x: column, y: y, style: chosen ? .title : .muted, limit: end - column)
        }
        let start = model.now.timeIntervalSince1970 - model.balance.range.seconds
        guard model.balance.topUps.contains(where: { $0 >= start }), column + 4 < end else { return }
        column = grid.put("  " + (model.balance.glyphs == .ascii ? "^" : "▲"), x: column, y: y, style: .verified, limit: end - column)
        grid.put(" " + text.topUp, x: column, y: y, style: .muted, limit: end - column)
    }
}
