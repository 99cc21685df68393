import AfilnetAPI
import AfilnetConfig
import BalanceHistory
import Foundation
import Localization

/// One account read for monitoring: its balance read and kept, judged against its thresholds,
/// and its textfile series; any failure to read it — config, credentials, network, API, the
/// deadline — is UNKNOWN with the reason. Shared by `balance --check`/`--prometheus` for one
/// account and for several (`BalanceCommand+AllProfiles`).
struct AccountCheck: Sendable {
    var verdict: (state: MonitoringCheck.State, line: String)
    var textfile: PrometheusTextfile?
    var failure: (any Error)?
    var text: Catalogue
    /// What the verdict was judged against, and the figure read (for several accounts' perfdata).
    var rules: MonitoringCheck?
    var balance: String?

    /// The thresholds: the command line's, else the profile's own (`low_balance`,
    /// `critical_balance`, `warning_days`, `critical_days` under `[profiles.NAME]`).
    struct Overrides: Sendable {
        var warning: Decimal?
        var critical: Decimal?
        var warningDays: Double?
        var criticalDays: Double?

        func rules(for profile: Profile) -> MonitoringCheck {
            MonitoringCheck(
                warning: warning ?? decimal(profile.lowBalance), critical: critical ?? decimal(profile.criticalBalance),
                warningDays: warningDays ?? profile.warningDays, criticalDays: criticalDays ?? profile.criticalDays)
        }
    }

    /// `deadline`: seconds the read may take (several accounts); past it the account is
    /// UNKNOWN as a timed-out read is, its last known balance still written.
    static func run(
        _ choice: ConnectionChoice, overrides: Overrides, oneOfMany: Bool = false, deadline: Double? = nil,
        store: BalanceRecording.SharedStore? = nil
    ) async -> AccountCheck {
        var text = choice.text()
        let session: Connection
        do {
            session = try choice.connectOrThrow(oneOfMany: oneOfMany)
        } catch {
            return AccountCheck(verdict: MonitoringCheck.unknown(describe(error, in: text)), failure: error, text: text)
        }
        text = session.text
        let rules = overrides.rules(for: session.profile)
        let opening = BalanceRecording.opening(session, shared: store)
        let account = BalanceRecording.account(session)
        do {
            let balance = try await Deadline.balance(session.client, within: deadline)
            let recording = await opening.value
            let now = Date()
            recording.record(balance, source: .check)
            var samples = recording.recent()
            // Without a history to read back, the forecast still sees this read.
            if samples.isEmpty { samples = [BalanceSample(time: now, amount: balance.amount, source: .check)] }
            let forecast = SpendForecast(samples)
            return AccountCheck(
                verdict: rules.evaluate(balance: balance.amount, text: balance.text, forecast: forecast),
                textfile: PrometheusTextfile(account: account, readSucceeded: true, balance: (balance.text, now), forecast: forecast),
                text: text, rules: rules, balance: balance.text)
        } catch {
            let samples = await opening.value.recent()
            return AccountCheck(
                verdict: MonitoringCheck.unknown(describe(error, in: text)),
                textfile: PrometheusTextfile(
                    account: account, readSucceeded: false, balance: samples.last.map { ("\($0.amount)", $0.time) },
                    forecast: samples.isEmpty ? nil : SpendForecast(samples)),
                failure: error, text: text, rules: rules)
        }
    }
}

/// A threshold from config.toml (a TOML number) as the exact decimal it was written as.
func decimal(_ value: Double?) -> Decimal? {
    value.flatMap { Decimal(string: "\($0)", locale: Locale(identifier: "en_US_POSIX")) }
}
