import Foundation

/// One successful balance read: when, how much, and what read it.
public struct BalanceSample: Sendable, Equatable {
    /// What read the balance (kept with the sample, shown by `balance --history`).
    public enum Source: String, Sendable, CaseIterable {
        /// The UI (a load, a refresh, the auto-refresh).
        case ui
        /// A one-shot `balance`.
        case cli
        /// `balance --check` or `--prometheus` (monitoring).
        case check
        /// Made up by `sandbox history-seed` for demos.
        case seed
    }

    public let time: Date
    public let amount: Decimal
    public let source: Source

    public init(time: Date, amount: Decimal, source: Source) {
        self.time = time
        self.amount = amount
        self.source = source
    }

    /// The amount as a floating-point figure, for rates and the chart (exactness is kept in
    /// `amount`; a rate is an estimate anyway).
    public var value: Double { NSDecimalNumber(decimal: amount).doubleValue }
}
