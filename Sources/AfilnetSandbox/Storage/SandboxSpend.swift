import Foundation

/// A demo account that spends (`sandbox spend`): `perDay` credits a simulated day, each day
/// off by up to ±`jitter` (a fraction, the same for the same day every time: the balance is a
/// function of the time, so reads need no write), with `speed` simulated seconds per real
/// second. The balance never goes below 0.
public struct SandboxSpend: Sendable, Equatable {
    public var perDay: Double
    public var jitter: Double
    public var speed: Double
    public var since: Date

    public init(perDay: Double, jitter: Double = 0, speed: Double = 1, since: Date = Date()) {
        self.perDay = perDay
        self.jitter = jitter
        self.speed = speed
        self.since = since
    }

    /// `stored` less what was spent from `since` to `now`, with two decimals once spending.
    func balance(from stored: String, at now: Date) -> String {
        guard perDay > 0, let base = Double(stored) else { return stored }
        let days = max(0, now.timeIntervalSince(since)) * speed / 86_400
        let left = max(0, base - spent(days: days))
        return String(format: "%.2f", left)  // `.` whatever the locale, with no Locale to make
    }

    /// What `days` simulated days spent: whole days each at their own jittered rate, then the
    /// part of the current one. Beyond ten thousand days the rest is at the plain rate.
    func spent(days: Double) -> Double {
        guard days.isFinite else { return .infinity }
        let whole = Int(min(days, 1e12))
        var total = 0.0
        for day in 0..<min(whole, 10_000) { total += rate(day: day) }
        if whole > 10_000 { total += Double(whole - 10_000) * perDay }
        return total + (days - Double(whole)) * rate(day: whole)
    }

    private func rate(day: Int) -> Double {
        guard jitter > 0 else { return perDay }
        // A fixed hash of the day: [-1, 1).
        var x = UInt64(truncatingIfNeeded: day) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 31
        x = x &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 29
        let unit = Double(x >> 11) / Double(1 << 53) * 2 - 1
        return max(0, perDay * (1 + jitter * unit))
    }
}
