import AfilnetAPI
import BalanceHistory
import Foundation
import Localization

/// The balance pane: the figure, when it was read, whether it is under the threshold, and
/// the history behind it (chart, spend per day, forecast).
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
    /// The last 30 days of readings, oldest first, and what they say.
    public private(set) var history: [BalanceSample] = []
    public private(set) var forecast = SpendForecast([])
    /// The history as numbers, for the chart; the top-ups' times in it.
    public private(set) var series = BalanceSeries([])
    public private(set) var topUps: [Double] = []
    /// Whether a history is kept at all (none: no chart, no forecast lines).
    public private(set) var hasHistory = false
    /// The span the chart shows (`t` switches).
    public internal(set) var range: ChartRange = .day
    /// How the chart is drawn: braille dots, or ASCII where the terminal has no Unicode.
    public let glyphs: ChartGlyphs
    var historyProblemSaid = false

    public init(lowThreshold: Decimal = 10, refreshInterval: TimeInterval = 60, glyphs: ChartGlyphs = .braille) {
        self.lowThreshold = lowThreshold
        self.refreshInterval = refreshInterval
        self.glyphs = glyphs
    }

    public var isLow: Bool { balance.map { $0.amount < lowThreshold } ?? false }

    /// Days until the balance falls under the low-balance threshold at the forecast's rate
    /// (nil: not falling, no rate yet, or already under).
    public var daysUntilLow: Double? {
        guard hasHistory, !isLow, let days = forecast.daysUntil(below: NSDecimalNumber(decimal: lowThreshold).doubleValue) else { return nil }
        return days
    }

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

    /// Takes the history as read back after a read; the forecast is worked out here, once,
    /// not on every frame.
    public mutating func applyHistory(_ samples: [BalanceSample]) {
        history = samples
        hasHistory = true
        series = BalanceSeries(samples)
        forecast = SpendForecast(series)
        topUps = series.topUps
    }

    mutating func nextRange() { range = range.next }
}

/// The spans the balance chart shows.
public enum ChartRange: Int, Sendable, CaseIterable {
    case day, week, month

    public var seconds: TimeInterval {
        switch self {
        case .day: 86_400
        case .week: 7 * 86_400
        case .month: 30 * 86_400
        }
    }

    var next: ChartRange { ChartRange(rawValue: rawValue + 1) ?? .day }
}

/// How the chart draws its line: braille dots (2×4 a cell) where the terminal speaks Unicode,
/// ASCII (`_ - ' |`) otherwise (`LANG=C`, the linux console).
public enum ChartGlyphs: Sendable {
    case braille, ascii

    /// Braille unless the locale's character set is not UTF-8 or the terminal is the linux
    /// console (whose font has no braille).
    public static func choose(codesetIsUTF8: Bool, term: String?) -> ChartGlyphs {
        codesetIsUTF8 && term != "linux" ? .braille : .ascii
    }
}

extension BalanceModel: PaneModel {
    public typealias Row = Never
    public static let scopes: [Action.Scope] = [.balance]
    public static let footerActions: [Action] = [.chartRange, .refresh]
    public var reloads: [Reload] { [Reload(work: .balance, effect: .loadBalance)] }
    public static let showsBeside = true
    public static func title(in text: Catalogue) -> String { text.paneBalance }
    public static func showHelp(in text: Catalogue) -> String { text.helpShowBalance }

    /// Another account's balance: its figure and history go, the thresholds and the chart's glyphs stay.
    public func startedOver(for session: SessionInfo) -> BalanceModel {
        BalanceModel(lowThreshold: lowThreshold, refreshInterval: refreshInterval, glyphs: glyphs)
    }
}
