import Foundation

/// One account's history in the store: what a successful read appends, and what the chart
/// and the forecast read back.
public struct AccountHistory: Sendable {
    public let store: BalanceHistoryStore
    public let account: String

    /// How far back the UI reads (the chart's longest range).
    public static let shown: TimeInterval = 30 * 86_400

    public init(store: BalanceHistoryStore, account: String) {
        self.store = store
        self.account = account
    }

    public func record(_ amount: Decimal, source: BalanceSample.Source, at time: Date = Date()) throws {
        try store.append(BalanceSample(time: time, amount: amount, source: source), account: account)
    }

    /// The samples of the last `interval` before `now`, oldest first.
    public func recent(_ interval: TimeInterval = AccountHistory.shown, now: Date = Date()) throws -> [BalanceSample] {
        try store.samples(account: account, since: now.addingTimeInterval(-interval))
    }
}

/// Why the history could not be read or written (a full disk, a file of another user…): said
/// once; the balance itself is unaffected.
public struct HistoryProblem: Error, Sendable, Equatable {
    public let text: String
    public init(_ text: String) { self.text = text }
    public init(_ error: any Error) { text = "\(error)" }
}
