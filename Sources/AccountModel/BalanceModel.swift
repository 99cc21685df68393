import AfilnetAPI
import Foundation

/// The balance pane: the figure, when it was read, and whether it is under the threshold.
public struct BalanceModel: Sendable {
    public var balance: Balance?
    /// When the balance shown was read: a failed refresh leaves it (and says so) rather than
    /// making an old figure look fresh.
    public var readAt: Date?
    /// When the last attempt ended, failed or not: the auto-refresh counts from it.
    public var attemptedAt: Date?
    public var error: AfilnetError?
    public var lowThreshold: Decimal
    public var refreshInterval: TimeInterval

    public init(lowThreshold: Decimal = 10, refreshInterval: TimeInterval = 60) {
        self.lowThreshold = lowThreshold
        self.refreshInterval = refreshInterval
    }

    public var isLow: Bool { balance.map { $0.amount < lowThreshold } ?? false }

    /// Whether the auto-refresh is due at `now`.
    func isDue(at now: Date) -> Bool {
        guard refreshInterval > 0, let last = attemptedAt else { return false }
        return now.timeIntervalSince(last) >= refreshInterval
    }

    mutating func apply(_ result: Result<Balance, AfilnetError>, at now: Date) {
        attemptedAt = now
        switch result {
        case .success(let value):
            balance = value
            readAt = now
            error = nil
        case .failure(let failure):
            error = failure
        }
    }
}
