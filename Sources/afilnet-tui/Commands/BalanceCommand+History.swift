import AfilnetAPI
import AfilnetConfig
import ArgumentParser
import BalanceHistory
import Foundation

extension BalanceCommand {
    /// `--history`: the kept readings of this profile's account, oldest first, as a table,
    /// CSV or JSON. Reads no balance and needs no password (the account is the user at the
    /// endpoint).
    func printHistory() throws {
        let text = connection.text()
        let account: String
        do {
            let config = try ConfigLoader.load(path: connection.config)
            let profile = try config.profile(named: connection.profile)
            let settings = try ConnectionSettings(
                profile: profile, endpointOverride: connection.endpoint, authOverride: connection.auth, apiOverride: connection.api, configPath: connection.config)
            account = HistoryLocation.account(
                user: try CredentialResolver().user(profile, configPath: connection.config), endpoint: settings.endpoint.description)
        } catch {
            throw fail(error, text)
        }
        let samples: [BalanceSample]
        do {
            samples = try BalanceHistoryStore().samples(account: account, since: since?.date)
        } catch {
            throw fail("cannot read the balance history: \(error)", status: ExitStatus.configuration)
        }
        let formatter = ISO8601DateFormatter()
        if output.json {
            try printJSON(samples.map { ["time": formatter.string(from: $0.time), "balance": "\($0.amount)", "source": $0.source.rawValue] })
        } else if csv {
            print("time,balance,source")
            for sample in samples { print("\(formatter.string(from: sample.time)),\(sample.amount),\(sample.source.rawValue)") }
        } else {
            var table = TextTable(["TIME", "BALANCE", "SOURCE"])
            for sample in samples { table.add([formatter.string(from: sample.time), "\(sample.amount)", sample.source.rawValue]) }
            print(table.rendered, terminator: "")
        }
    }
}
