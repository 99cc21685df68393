import Foundation

/// A made-up history for demos (`sandbox history-seed`, the embedded `--sandbox`): a reading
/// every 15 minutes over `days` days, spending about `perDay` a day (each day a little off),
/// one top-up of 100 two fifths of the way back, ending at `balance` now.
public enum DemoHistory {
    public static func samples(days: Int, endingAt balance: Decimal, perDay: Double = 12.5, now: Date = Date()) -> [BalanceSample] {
        let step = 15 * 60.0
        let count = max(0, days) * 96
        let topUpAt = count * 2 / 5
        var value = NSDecimalNumber(decimal: balance).doubleValue
        var result: [BalanceSample] = []
        result.reserveCapacity(count + 1)
        for index in 0...count {
            let time = now.addingTimeInterval(-Double(index) * step)
            let rounded = (value * 100).rounded() / 100
            result.append(BalanceSample(time: time, amount: Decimal(string: String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), rounded)) ?? 0, source: .seed))
            // Going back in time: add what was spent, take away the top-up.
            let day = index / 96
            let wobble = Double((day &* 7919) % 11) / 10 - 0.5  // -0.5…0.5, fixed per day
            value += perDay * (1 + 0.4 * wobble) / 96
            if index == topUpAt { value -= 100 }
            value = max(0, value)
        }
        return result.reversed()
    }
}
