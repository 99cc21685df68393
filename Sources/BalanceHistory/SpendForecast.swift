import Foundation

/// What the history says about where the balance is going: spend per day (the median of the
/// last full days, so one unusual day does not swing it; top-ups are not spend), and how long
/// the balance lasts at that rate.
///
/// Days are the 24-hour windows ending at the newest reading, counted back while the history
/// covers them whole; a window's spend is the sum of every drop between two readings within it
/// (a drop straddling two windows is shared by time).
public struct SpendForecast: Sendable, Equatable {
    public enum Outlook: Sendable, Equatable {
        /// Fewer than two whole days of readings: no honest rate yet. `covered` is how much
        /// time the readings span.
        case needsMoreData(covered: TimeInterval)
        /// Whole days seen and nothing spent in them.
        case noSpend
        /// `perDay` spent per day; the balance lasts `daysLeft` days, until `until`.
        case spending(perDay: Double, daysLeft: Double, until: Date)
    }

    public static let day: TimeInterval = 86_400
    /// The days the median is taken over (at most).
    public static let windowDays = 7
    /// Whole days of readings needed before a rate is given.
    public static let minimumDays = 2

    public let outlook: Outlook
    /// The balance the forecast starts from (the newest reading).
    public let balance: Double
    /// How many whole days the median was taken over.
    public let daysUsed: Int

    /// `samples` oldest first.
    public init(_ samples: [BalanceSample]) { self.init(BalanceSeries(samples)) }

    public init(_ series: BalanceSeries) { self.init(times: series.times, values: series.values) }

    /// Times (seconds, ascending) and balances of the readings.
    public init(times: [Double], values: [Double]) {
        precondition(times.count == values.count)
        guard let first = times.first, let last = times.last else {
            outlook = .needsMoreData(covered: 0)
            balance = 0
            daysUsed = 0
            return
        }
        balance = values[values.count - 1]
        let covered = last - first
        // Taken as a Double first: a reading stamped absurdly far apart must not trap.
        let whole = covered.isFinite ? Int(max(0, min(Double(Self.windowDays), (covered + 1) / Self.day))) : 0
        guard whole >= Self.minimumDays else {
            outlook = .needsMoreData(covered: covered)
            daysUsed = 0
            return
        }
        daysUsed = whole
        var spends = [Double](repeating: 0, count: whole)
        let earliest = last - Double(whole) * Self.day
        // From the newest pair back; stops at the oldest window.
        var index = times.count - 1
        while index > 0, times[index] > earliest {
            let (start, end) = (times[index - 1], times[index])
            let drop = values[index - 1] - values[index]
            index -= 1
            guard drop > 0 else { continue }
            guard end > start else {
                let window = Int((last - end) / Self.day)
                if window < whole { spends[window] += drop }
                continue
            }
            // Share the drop among the windows the interval overlaps, by time.
            for window in Int(max(0, (last - end) / Self.day))...Int(max(0, min(Double(whole - 1), (last - start) / Self.day))) {
                let windowEnd = last - Double(window) * Self.day, windowStart = windowEnd - Self.day
                let overlap = min(end, windowEnd) - max(start, windowStart)
                if overlap > 0 { spends[window] += drop * overlap / (end - start) }
            }
        }
        let perDay = Self.median(spends)
        guard perDay > 1e-9 else {
            outlook = .noSpend
            return
        }
        let daysLeft = max(0, balance / perDay)
        outlook = .spending(perDay: perDay, daysLeft: daysLeft, until: Date(timeIntervalSince1970: last + daysLeft * Self.day))
    }

    /// Spend per day, when known.
    public var perDay: Double? {
        if case .spending(let perDay, _, _) = outlook { return perDay }
        if case .noSpend = outlook { return 0 }
        return nil
    }

    /// Days the balance lasts at this rate (nil: no rate, or nothing spent).
    public var daysLeft: Double? {
        if case .spending(_, let days, _) = outlook { return days }
        return nil
    }

    /// Days until the balance falls below `threshold` at this rate: 0 when it already is,
    /// nil when it is not falling (or no rate is known).
    public func daysUntil(below threshold: Double) -> Double? {
        if balance < threshold { return 0 }
        guard case .spending(let perDay, _, _) = outlook else { return nil }
        return (balance - threshold) / perDay
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
