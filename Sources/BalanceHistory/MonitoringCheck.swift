import Foundation

/// `balance --check`: a monitoring plugin's verdict in the Nagios/Icinga convention — one
/// status line with performance data, and the exit status 0/1/2/3 for
/// OK/WARNING/CRITICAL/UNKNOWN. Thresholds are lower bounds: the state is raised when the
/// balance (or the days it lasts) falls *below* one. Its words are English on purpose:
/// monitoring systems and their operators match on them.
public struct MonitoringCheck: Sendable {
    public enum State: Int32, Sendable, Comparable {
        case ok = 0, warning = 1, critical = 2, unknown = 3

        public var label: String {
            switch self {
            case .ok: "OK"
            case .warning: "WARNING"
            case .critical: "CRITICAL"
            case .unknown: "UNKNOWN"
            }
        }

        public static func < (a: State, b: State) -> Bool { a.rawValue < b.rawValue }
    }

    public var warning: Decimal?
    public var critical: Decimal?
    public var warningDays: Double?
    public var criticalDays: Double?

    public init(warning: Decimal? = nil, critical: Decimal? = nil, warningDays: Double? = nil, criticalDays: Double? = nil) {
        self.warning = warning
        self.critical = critical
        self.warningDays = warningDays
        self.criticalDays = criticalDays
    }

    /// The verdict on a balance read as `text` (the server's figure) with `forecast` from the
    /// history including this read.
    public func evaluate(balance amount: Decimal, text: String, forecast: SpendForecast) -> (state: State, line: String) {
        var state = State.ok
        var reasons: [String] = []
        if let critical, amount < critical {
            state = .critical
            reasons.append("below \(critical)")
        } else if let warning, amount < warning {
            state = .warning
            reasons.append("below \(warning)")
        }
        var summary = "balance \(text)"
        let days = forecast.daysLeft
        switch forecast.outlook {
        case .spending(let perDay, let left, _):
            summary += ", lasts ~\(Self.figure(left)) days at \(Self.figure(perDay))/day"
        case .noSpend:
            summary += ", no spend in \(forecast.daysUsed) days"
        case .needsMoreData:
            if warningDays != nil || criticalDays != nil { summary += ", forecast needs \(SpendForecast.minimumDays) days of readings" }
        }
        if let days {
            if let criticalDays, days < criticalDays {
                state = max(state, .critical)
                reasons.append("lasts under \(Self.figure(criticalDays)) days")
            } else if let warningDays, days < warningDays {
                state = max(state, .warning)
                reasons.append("lasts under \(Self.figure(warningDays)) days")
            }
        }
        var performance = ["balance=\(text)" + Self.thresholds(warning.map { "\($0)" }, critical.map { "\($0)" })]
        if let days {
            performance.append("days_left=\(Self.figure(days))" + Self.thresholds(warningDays.map(Self.figure), criticalDays.map(Self.figure)))
        }
        if let perDay = forecast.perDay { performance.append("spend_per_day=\(Self.figure(perDay))") }
        let reason = reasons.isEmpty ? "" : " (" + reasons.joined(separator: "; ") + ")"
        return (state, "AFILNET \(state.label) - \(summary)\(reason) | \(performance.joined(separator: " "))")
    }

    /// The verdict when the balance could not be read: UNKNOWN, with the reason on the line.
    public static func unknown(_ reason: String) -> (state: State, line: String) {
        let oneLine = reason.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "|", with: "/")
        return (.unknown, "AFILNET UNKNOWN - cannot read the balance: \(oneLine)")
    }

    /// `;W;C` for performance data, nothing when neither is set.
    private static func thresholds(_ warning: String?, _ critical: String?) -> String {
        warning == nil && critical == nil ? "" : ";\(warning ?? "");\(critical ?? "")"
    }

    /// A rate or a count of days: at most two decimals, with `.` whatever the locale.
    public static func figure(_ value: Double) -> String {
        var text = String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), value)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
