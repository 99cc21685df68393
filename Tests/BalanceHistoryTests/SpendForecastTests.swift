import BalanceHistory
import Foundation
import Testing

/// The forecast against series worked out by hand.
@Suite("Spend forecast: hand-computed series")
struct SpendForecastTests {
    static let day = 86_400.0
    static let start = 1_780_000_000.0

    /// Hourly readings over `days` days from `from`, `perHour` spent each hour, `topUps`
    /// (hour → amount) added.
    static func hourly(days: Int, from: Double, perHour: Double, topUps: [Int: Double] = [:]) -> (times: [Double], values: [Double]) {
        var value = from
        var times: [Double] = [], values: [Double] = []
        for hour in 0...(days * 24) {
            if hour > 0 { value -= perHour }
            value += topUps[hour] ?? 0
            times.append(start + Double(hour) * 3600)
            values.append(value)
        }
        return (times, values)
    }

    @Test func steadySpend() throws {
        // 0.5 an hour = 12 a day; 150 − 5 × 12 = 90 left: 7.5 days.
        let series = Self.hourly(days: 5, from: 150, perHour: 0.5)
        let forecast = SpendForecast(times: series.times, values: series.values)
        #expect(forecast.daysUsed == 5)
        let perDay = try #require(forecast.perDay)
        #expect(abs(perDay - 12) < 1e-9)
        #expect(abs(try #require(forecast.daysLeft) - 7.5) < 1e-9)
        guard case .spending(_, _, let until) = forecast.outlook else { Issue.record("no rate"); return }
        #expect(abs(until.timeIntervalSince1970 - (Self.start + 5 * Self.day + 7.5 * Self.day)) < 1)
        // Below 10 in (90 − 10) / 12 days.
        #expect(abs(try #require(forecast.daysUntil(below: 10)) - 80.0 / 12) < 1e-9)
    }

    @Test func aTopUpInTheMiddleIsNotSpendAndRaisesWhatIsLeft() throws {
        // +100 at hour 60 (day 2.5): the days still spend 12 each; 190 left: 15.83 days.
        let series = Self.hourly(days: 5, from: 150, perHour: 0.5, topUps: [60: 100])
        let forecast = SpendForecast(times: series.times, values: series.values)
        #expect(abs(try #require(forecast.perDay) - 12) < 1e-9)
        #expect(abs(try #require(forecast.daysLeft) - 190.0 / 12) < 1e-9)
        let samples = zip(series.times, series.values).map {
            BalanceSample(time: Date(timeIntervalSince1970: $0), amount: Decimal($1), source: .ui)
        }
        #expect(BalanceSeries(samples).topUps == [Self.start + 60 * 3600])
    }

    @Test func noSpend() {
        let series = Self.hourly(days: 3, from: 152.34, perHour: 0)
        let forecast = SpendForecast(times: series.times, values: series.values)
        #expect(forecast.outlook == .noSpend)
        #expect(forecast.perDay == 0)
        #expect(forecast.daysLeft == nil)
        #expect(forecast.daysUntil(below: 10) == nil)
    }

    @Test func noisySpendTakesTheMedianDay() throws {
        // One reading a day: each day's spend is one drop. 9 10 10 11 12 13 50 → median 11.
        let spends = [10.0, 12, 50, 11, 9, 13, 10]
        var values = [500.0]
        for spend in spends { values.append(values.last! - spend) }
        let times = (0...7).map { Self.start + Double($0) * Self.day }
        let forecast = SpendForecast(times: times, values: values)
        #expect(forecast.daysUsed == 7)
        #expect(abs(try #require(forecast.perDay) - 11) < 1e-9)
        #expect(abs(try #require(forecast.daysLeft) - 385.0 / 11) < 1e-9)
    }

    @Test func onlyTheLastSevenDaysCount() throws {
        // Ten days: the first three spend 100 a day, the last seven 5 a day.
        var values = [1000.0]
        for day in 0..<10 { values.append(values.last! - (day < 3 ? 100 : 5)) }
        let times = (0...10).map { Self.start + Double($0) * Self.day }
        let forecast = SpendForecast(times: times, values: values)
        #expect(forecast.daysUsed == 7)
        #expect(abs(try #require(forecast.perDay) - 5) < 1e-9)
    }

    @Test func aDropBetweenTwoDaysIsSharedByTime() throws {
        // Readings at 0 h, 36 h, 48 h: the drop of 12 from 0 to 36 h spreads 8 over the first
        // day and 4 over the second; 48 h adds 6 to the second: days 8 and 10 → median 9.
        let times = [Self.start, Self.start + 36 * 3600, Self.start + 48 * 3600]
        let forecast = SpendForecast(times: times, values: [100, 88, 82])
        #expect(forecast.daysUsed == 2)
        #expect(abs(try #require(forecast.perDay) - 9) < 1e-9)
    }

    @Test func tooLittleDataIsSaidHonestly() {
        let series = Self.hourly(days: 2, from: 100, perHour: 1)
        let forecast = SpendForecast(times: Array(series.times.prefix(36)), values: Array(series.values.prefix(36)))
        #expect(forecast.outlook == .needsMoreData(covered: 35 * 3600))
        #expect(forecast.perDay == nil)
        #expect(SpendForecast([]).outlook == .needsMoreData(covered: 0))
        let one = SpendForecast(times: [Self.start], values: [5])
        #expect(one.outlook == .needsMoreData(covered: 0))
        #expect(one.daysUntil(below: 10) == 0)  // already under
    }
}
