import AccountModel
import AfilnetAPI
import AfilnetConfig
import BalanceHistory
import Foundation
import Localization

/// The Accounts pane's reads: each profile of config.toml on its own connection, within
/// `deadline` seconds, with no prompt (a profile with no stored password says so on its row);
/// each read kept in that account's balance history, its spend and "lasts until" from it, its
/// state against its own thresholds (`low_balance` — the config's when the profile has none —,
/// `critical_balance`, `warning_days`, `critical_days`).
enum AccountsReader {
    /// The live embedded sandbox, which is no profile of the config.
    struct Sandbox: Sendable {
        let profile: String
        let client: AfilnetClient
        let history: AccountHistory?
    }

    /// `store`: the user's balance history, one for every account (the UI's own when it has
    /// one: two connections to one SQLite file would wait on each other's locks).
    static func make(
        config: AppConfig, journal: RequestJournal, network: ConnectionSettings.NetworkOverrides, sandbox: Sandbox?, store: BalanceHistoryStore?,
        text: Catalogue, deadline: Double = 10
    ) -> AccountReader {
        { name in
            if let sandbox, name == sandbox.profile {
                let reading = AccountReading(
                    profile: name, user: sandbox.client.configuration.credentials.user,
                    endpoint: sandbox.client.configuration.endpoint.description, isSandbox: true,
                    wayIn: "\(sandbox.client.configuration.api.rawValue) \(sandbox.client.configuration.auth.rawValue)", state: .ok)
                return await read(reading, sandbox.client, history: sandbox.history, rules: rules(nil, config), deadline: deadline, text: text)
            }
            let profile: Profile
            let settings: ConnectionSettings
            do {
                profile = try config.profile(named: name)
                settings = try ConnectionSettings(profile: profile, network: network, configPath: config.path)
            } catch {
                return AccountReading(profile: name, user: "", endpoint: "", wayIn: "", state: .failed(describe(error, in: text)))
            }
            var reading = AccountReading(
                profile: name, user: profile.user ?? "", endpoint: settings.endpoint.description,
                wayIn: "\(settings.api.rawValue) \(settings.auth.rawValue)", state: .ok)
            let credentials: Credentials
            do {
                credentials = try CredentialResolver().resolve(profile, configPath: config.path)
            } catch {
                reading.state = .noCredentials(describe(error, in: text))
                return reading
            }
            reading.user = credentials.user
            let client = AfilnetClient(
                configuration: settings.clientConfiguration(credentials: credentials),
                transport: DirectHTTPTransport(connectTimeout: settings.connectTimeout, network: settings.network), journal: journal)
            let history = store.map {
                AccountHistory(store: $0, account: HistoryLocation.account(user: credentials.user, endpoint: settings.endpoint.description))
            }
            return await read(reading, client, history: history, rules: rules(profile, config), deadline: deadline, text: text)
        }
    }

    static func rules(_ profile: Profile?, _ config: AppConfig) -> MonitoringCheck {
        MonitoringCheck(
            warning: decimal(profile?.lowBalance ?? config.lowBalanceThreshold), critical: decimal(profile?.criticalBalance),
            warningDays: profile?.warningDays, criticalDays: profile?.criticalDays)
    }

    /// Reads the balance within `deadline`, keeps it, and judges it; a failure keeps the last
    /// known balance on the row.
    static func read(
        _ reading: AccountReading, _ client: AfilnetClient, history: AccountHistory?, rules: MonitoringCheck, deadline: Double, text: Catalogue
    ) async -> AccountReading {
        var reading = reading
        let result: Result<Balance, any Error>
        do { result = .success(try await Deadline.balance(client, within: deadline)) } catch { result = .failure(error) }
        let now = Date()
        if case .success(let balance) = result { try? history?.record(balance.amount, source: .ui, at: now) }
        let samples = (try? history?.recent(now: now)) ?? []
        let forecast = SpendForecast(samples)
        reading.spendPerDay = forecast.perDay
        switch result {
        case .success(let balance):
            reading.balance = balance.text
            reading.readAt = now
            let verdict = rules.evaluate(balance: balance.amount, text: balance.text, forecast: forecast)
            reading.state = verdict.state == .critical ? .critical : verdict.state == .warning ? .low : .ok
        case .failure(let error):
            reading.balance = samples.last.map { "\($0.amount)" }
            reading.readAt = samples.last?.time
            reading.state = .failed(describe(error, in: text))
        }
        // Today when it is under its low threshold already; else when the spend takes it there
        // (or to nothing), once the history knows a spend.
        guard let amount = reading.balance.flatMap({ Decimal(string: $0) }) else { return reading }
        if let low = rules.warning, amount < low {
            reading.lastsUntil = now
        } else if case .spending = forecast.outlook,
            let days = rules.warning.flatMap({ forecast.daysUntil(below: NSDecimalNumber(decimal: $0).doubleValue) }) ?? forecast.daysLeft {
            reading.lastsUntil = now.addingTimeInterval(days * 86_400)
        }
        return reading
    }
}
