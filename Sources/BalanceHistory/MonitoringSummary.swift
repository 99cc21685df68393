import Foundation

/// `balance --check` over several accounts (`--all-profiles`, `--profile a,b`): one verdict
/// in the Nagios plugin guidelines' shape — a first line with the worst state, how many
/// accounts are in each, and every account's performance data; then one line per account,
/// worst first. The exit status is the worst state's, where CRITICAL is worse than WARNING,
/// WARNING than UNKNOWN (an account that cannot be read must not hide one that is running
/// out), and UNKNOWN than OK.
public enum MonitoringSummary {
    /// One account's verdict.
    public struct Account: Sendable {
        public var name: String
        public var state: MonitoringCheck.State
        /// Its own check line (`AFILNET OK - balance 152.34 … | …`).
        public var line: String
        /// The balance as read and its thresholds, for the performance data (nil: not read).
        public var balance: String?
        public var warning: Decimal?
        public var critical: Decimal?

        public init(name: String, state: MonitoringCheck.State, line: String, balance: String?, warning: Decimal?, critical: Decimal?) {
            self.name = name
            self.state = state
            self.line = line
            self.balance = balance
            self.warning = warning
            self.critical = critical
        }
    }

    /// Worst first.
    static let severity: [MonitoringCheck.State] = [.critical, .warning, .unknown, .ok]

    public static func worst(_ states: [MonitoringCheck.State]) -> MonitoringCheck.State {
        severity.first(where: states.contains) ?? .ok
    }

    /// The plugin's output and its state.
    public static func verdict(_ accounts: [Account]) -> (state: MonitoringCheck.State, text: String) {
        let state = worst(accounts.map(\.state))
        let sorted = accounts.enumerated().sorted { a, b in
            let (ra, rb) = (severity.firstIndex(of: a.element.state) ?? 0, severity.firstIndex(of: b.element.state) ?? 0)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        let counts = severity.compactMap { state -> String? in
            let count = accounts.filter { $0.state == state }.count
            return count == 0 ? nil : "\(count) \(state.label.lowercased())"
        }
        let noun = accounts.count == 1 ? "account" : "accounts"
        let performance = accounts.map { account in
            "\(label(account.name))=\(account.balance ?? "U")"
                + (account.warning == nil && account.critical == nil ? "" : ";\(account.warning.map { "\($0)" } ?? "");\(account.critical.map { "\($0)" } ?? "")")
        }
        var lines = ["AFILNET \(state.label) - \(accounts.count) \(noun): \(counts.joined(separator: ", ")) | \(performance.joined(separator: " "))"]
        for account in sorted {
            // The account's own line without its prefix and performance data (those are above).
            var own = account.line.split(separator: "|", maxSplits: 1).first.map(String.init) ?? account.line
            if own.hasPrefix("AFILNET ") { own.removeFirst("AFILNET ".count) }
            lines.append("\(account.name): \(own.trimmingCharacters(in: .whitespaces))")
        }
        return (state, lines.joined(separator: "\n"))
    }

    /// A performance label: quoted, a quote doubled, no `=` (the guidelines' grammar).
    static func label(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "=", with: "_") + "'"
    }
}
