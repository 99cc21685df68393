import AfilnetAPI
import AfilnetConfig
import ArgumentParser
import BalanceHistory
import Foundation

extension BalanceCommand {
    /// `--check` and `--prometheus`: read, keep, judge, write. Any failure to read — the
    /// config, the credentials, the network, the API — is UNKNOWN (3) with its reason, and
    /// the textfile still gets `afilnet_balance_read_success 0` and the last known balance.
    /// With `--prometheus` alone nothing is printed on success (cron), and a failure exits as
    /// a plain `balance` would.
    func monitor() async throws {
        if let names = try accountsAsked() { return try await monitorAll(names) }
        let checked = await AccountCheck.run(connection.choice, overrides: overrides)
        var verdict = checked.verdict
        let (textfile, failure, text) = (checked.textfile, checked.failure, checked.text)
        if let prometheus, let textfile {
            do {
                try textfile.write(to: prometheus)
            } catch {
                if check {
                    verdict = MonitoringCheck.unknown("cannot write \(prometheus): \(error.localizedDescription)")
                } else {
                    throw fail("cannot write \(prometheus): \(error.localizedDescription)", status: ExitStatus.configuration)
                }
            }
        }
        guard check else {
            if let failure { throw fail(failure, text) }
            return
        }
        print(verdict.line)
        if verdict.state != .ok { throw ExitCode(verdict.state.rawValue) }
    }

    /// The thresholds given on the command line (over each profile's own).
    var overrides: AccountCheck.Overrides {
        AccountCheck.Overrides(warning: warning?.value, critical: critical?.value, warningDays: warningDays, criticalDays: criticalDays)
    }
}
