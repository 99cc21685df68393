import Foundation

/// `balance --prometheus FILE`: the balance in the text format of Prometheus' node exporter
/// textfile collector, written atomically (a temporary file beside it, then `rename`) so the
/// collector never reads half a file.
public struct PrometheusTextfile: Sendable {
    /// Whether this read succeeded; on failure the last known balance is still written, with
    /// its time, so the series does not vanish while the API is away.
    public var readSucceeded: Bool
    /// The newest balance known (this read's, or the history's) and when it was read.
    public var balance: (text: String, time: Date)?
    public var forecast: SpendForecast?
    public var account: String

    public init(account: String, readSucceeded: Bool, balance: (text: String, time: Date)?, forecast: SpendForecast?) {
        self.account = account
        self.readSucceeded = readSucceeded
        self.balance = balance
        self.forecast = forecast
    }

    public var text: String { Self.text([(nil, self)]) }

    /// Several accounts in one file: each metric's HELP and TYPE once, then a series per
    /// account, labelled with its profile when there is one (never a password or a token:
    /// the labels are the profile's name and `user@endpoint`).
    public static func text(_ accounts: [(profile: String?, file: PrometheusTextfile)]) -> String {
        typealias Metric = (name: String, help: String, value: (PrometheusTextfile) -> String?)
        let metrics: [Metric] = [
            ("afilnet_balance_read_success", "Whether the last read of the balance succeeded (1) or failed (0).", { $0.readSucceeded ? "1" : "0" }),
            ("afilnet_balance_credits", "The account balance in credits, as last read.", { $0.balance?.text }),
            ("afilnet_balance_read_timestamp_seconds", "When the balance shown was read (Unix time).",
             { $0.balance.map { MonitoringCheck.figure($0.time.timeIntervalSince1970.rounded()) } }),
            ("afilnet_balance_spend_per_day_credits", "Credits spent per day (median of recent days).", { $0.forecast?.perDay.map(MonitoringCheck.figure) }),
            ("afilnet_balance_days_left", "Days the balance lasts at the current spend.", { $0.forecast?.daysLeft.map(MonitoringCheck.figure) }),
        ]
        var out = ""
        for metric in metrics {
            let series = accounts.compactMap { account -> String? in
                guard let value = metric.value(account.file) else { return nil }
                let profile = account.profile.map { "profile=\"\(escape($0))\"," } ?? ""
                return "\(metric.name){\(profile)account=\"\(escape(account.file.account))\"} \(value)\n"
            }
            guard !series.isEmpty else { continue }
            out += "# HELP \(metric.name) \(metric.help)\n# TYPE \(metric.name) gauge\n" + series.joined()
        }
        return out
    }

    /// Writes `text` to `path` atomically; the file is world-readable (0644) as the collector
    /// (another user) must read it.
    public func write(to path: String) throws { try Self.write(text, to: path) }

    /// Writes `text` to `path` atomically (world-readable, as above).
    public static func write(_ text: String, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let data = Data(text.utf8)
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o644]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary])
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    /// A label value: backslash, double quote and newline escaped as the format asks.
    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
