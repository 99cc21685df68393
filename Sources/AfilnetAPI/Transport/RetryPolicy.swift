import Foundation

/// When and how long to wait before trying a read again: capped exponential backoff with
/// full jitter, and a server's `Retry-After` honoured (up to `maxDelay`). Writes are never
/// retried by this policy: the client re-reads instead (see `AfilnetClient`).
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration

    public init(maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(5)) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    public static let none = RetryPolicy(maxAttempts: 1)

    /// The pause before attempt `attempt + 1` (attempt counts from 1).
    func delay(after attempt: Int, retryAfter: String?, random: Double = Double.random(in: 0...1)) -> Duration {
        if let retryAfter, let asked = Self.parseRetryAfter(retryAfter) {
            return min(asked, maxDelay)
        }
        let exponential = baseDelay * Int(1 << min(attempt - 1, 16))
        return min(exponential, maxDelay) * random
    }

    /// `Retry-After` as seconds (`120`) or an HTTP date.
    static func parseRetryAfter(_ text: String, now: Date = Date()) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }
}
