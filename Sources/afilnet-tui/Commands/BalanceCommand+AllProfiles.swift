import AfilnetAPI
import AfilnetConfig
import ArgumentParser
import BalanceHistory
import Foundation

extension BalanceCommand {
    /// The accounts `--all-profiles` or `--profile a,b` asks for; nil for one account.
    func accountsAsked() throws -> [String]? {
        let listed = connection.profile.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        guard allProfiles || listed.count > 1 else { return nil }
        if allProfiles {
            let config: AppConfig
            do { config = try ConfigLoader.load(path: connection.choice.config) } catch { throw fail(error, connection.text()) }
            let names = config.profiles.keys.sorted()
            guard !names.isEmpty else { throw fail("--all-profiles: \(connection.choice.config) has no [profiles]", status: ExitStatus.configuration) }
            return names
        }
        return listed.filter { !$0.isEmpty }
    }

    /// Every account asked for, read in parallel, each within `--account-timeout`: one dead
    /// endpoint or refused password is that account's UNKNOWN and delays no other. One
    /// Nagios verdict (`MonitoringSummary`) and one textfile with a `profile` label per series.
    func monitorAll(_ names: [String]) async throws {
        let overrides = overrides, base = connection.choice, seconds = accountTimeout, store = BalanceRecording.SharedStore()
        let checks = await withTaskGroup(of: (Int, AccountCheck).self) { group in
            for (index, name) in names.enumerated() {
                var named = base
                named.profile = name
                let choice = named
                group.addTask { (index, await AccountCheck.run(choice, overrides: overrides, oneOfMany: true, deadline: seconds, store: store)) }
            }
            var results: [(Int, AccountCheck)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var accounts = zip(names, checks).map { name, checked in
            MonitoringSummary.Account(
                name: name, state: checked.verdict.state, line: checked.verdict.line, balance: checked.balance,
                warning: checked.rules?.warning, critical: checked.rules?.critical)
        }
        if let prometheus {
            let files = zip(names, checks).compactMap { name, checked in checked.textfile.map { (profile: Optional(name), file: $0) } }
            do {
                try PrometheusTextfile.write(PrometheusTextfile.text(files), to: prometheus)
            } catch {
                let problem = "cannot write \(prometheus): \(error.localizedDescription)"
                guard check else { throw fail(problem, status: ExitStatus.configuration) }
                accounts.append(MonitoringSummary.Account(
                    name: "textfile", state: .unknown, line: MonitoringCheck.unknown(problem).line, balance: nil, warning: nil, critical: nil))
            }
        }
        guard check else {
            // Cron: quiet when every account was read; each failure said, and a failing status.
            let failed = zip(names, checks).filter { $0.1.failure != nil }
            for (name, checked) in failed { FileHandleOutput.standardError("afilnet-tui: \(name): \(checked.verdict.line)\n") }
            if !failed.isEmpty { throw ExitCode(ExitStatus.network) }
            return
        }
        let verdict = MonitoringSummary.verdict(accounts)
        print(verdict.text)
        if verdict.state != .ok { throw ExitCode(verdict.state.rawValue) }
    }
}

/// Waits for `work` at most `seconds`; nil when the time ran out first. The work left running
/// is cancelled, and a one-shot command exits without waiting for it.
enum Deadline {
    static func within<T: Sendable>(_ seconds: Double, _ work: @escaping @Sendable () async -> T) async -> T? {
        let once = Once()
        return await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            let task = Task {
                let value = await work()
                if once.claim() { continuation.resume(returning: value) }
            }
            Task {
                try? await Task.sleep(for: .milliseconds(Int64(seconds * 1000)))
                if once.claim() {
                    task.cancel()
                    continuation.resume(returning: nil)
                }
            }
        }
    }

    /// The balance, within `seconds` when given; past them, a timed-out read.
    static func balance(_ client: AfilnetClient, within seconds: Double?) async throws -> Balance {
        guard let seconds else { return try await client.balance() }
        let result = await within(seconds) { () async -> Result<Balance, any Error> in
            do { return .success(try await client.balance()) } catch { return .failure(error) }
        }
        guard let result else { throw AfilnetError.transport(.timedOut(seconds: seconds)) }
        return try result.get()
    }

    /// True for the first caller only.
    final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var claimed = false
        func claim() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if claimed { return false }
            claimed = true
            return true
        }
    }
}
