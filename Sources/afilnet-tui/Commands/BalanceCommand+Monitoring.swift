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
        let rules = MonitoringCheck(
            warning: warning?.value, critical: critical?.value, warningDays: warningDays, criticalDays: criticalDays)
        var verdict: (state: MonitoringCheck.State, line: String)
        var textfile: PrometheusTextfile?
        var failure: (any Error)?
        var text = connection.text()
        do {
            let session = try connection.connectOrThrow()
            text = session.text
            let opening = BalanceRecording.opening(session)
            let account = BalanceRecording.account(session)
            do {
                let balance = try await session.client.balance()
                let recording = await opening.value
                let now = Date()
                recording.record(balance, source: .check)
                var samples = recording.recent()
                // Without a history to read back, the forecast still sees this read.
                if samples.isEmpty { samples = [BalanceSample(time: now, amount: balance.amount, source: .check)] }
                let forecast = SpendForecast(samples)
                verdict = rules.evaluate(balance: balance.amount, text: balance.text, forecast: forecast)
                textfile = PrometheusTextfile(account: account, readSucceeded: true, balance: (balance.text, now), forecast: forecast)
            } catch {
                failure = error
                let samples = await opening.value.recent()
                textfile = PrometheusTextfile(
                    account: account, readSucceeded: false, balance: samples.last.map { ("\($0.amount)", $0.time) },
                    forecast: samples.isEmpty ? nil : SpendForecast(samples))
                verdict = MonitoringCheck.unknown(describe(error, in: text))
            }
        } catch {
            failure = error
            verdict = MonitoringCheck.unknown(describe(error, in: text))
        }
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
}
