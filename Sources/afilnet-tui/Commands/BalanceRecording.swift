import AfilnetAPI
import BalanceHistory
import Foundation
import TerminalText

/// The balance history as the one-shot commands use it: which account a connection is, a
/// successful read kept, the recent readings for a forecast. The history never fails a
/// command: a problem with it is said on standard error, once.
struct BalanceRecording: Sendable {
    let history: AccountHistory?

    static func account(_ session: Connection) -> String {
        HistoryLocation.account(
            user: session.client.configuration.credentials.user, endpoint: session.client.configuration.endpoint.description)
    }

    /// Opens the history off the caller's path (a few milliseconds of SQLite) while the
    /// request is on its way: `balance --check` should not wait for both in turn.
    /// `shared`: one store for several accounts read at once (`--all-profiles`): stores of
    /// one file opened in parallel would each create its tables, and all but one fail.
    static func opening(_ session: Connection, shared: SharedStore? = nil) -> Task<BalanceRecording, Never> {
        let account = account(session)
        if let shared { return Task.detached { BalanceRecording(history: shared.store.map { AccountHistory(store: $0, account: account) }) } }
        return Task.detached { BalanceRecording(account: account) }
    }

    /// The history store opened once for several accounts (nil: it could not be, said once).
    final class SharedStore: Sendable {
        let store: BalanceHistoryStore?
        init() {
            do { store = try BalanceHistoryStore() } catch {
                BalanceRecording.warn(error)
                store = nil
            }
        }
    }

    init(history: AccountHistory?) { self.history = history }

    /// A plain read kept without opening the history: one line for the next opener to fold
    /// in (`BalanceSpool`).
    static func spool(_ balance: Balance, _ session: Connection) {
        do {
            try BalanceSpool.append(BalanceSample(time: Date(), amount: balance.amount, source: .cli), account: account(session))
        } catch {
            warn(error)
        }
    }

    init(account: String) {
        do {
            history = AccountHistory(store: try BalanceHistoryStore(), account: account)
        } catch {
            Self.warn(error)
            history = nil
        }
    }

    func record(_ balance: Balance, source: BalanceSample.Source) {
        do { try history?.record(balance.amount, source: source) } catch { Self.warn(error) }
    }

    /// The last 30 days of readings (empty when there is no history).
    func recent() -> [BalanceSample] {
        do { return try history?.recent() ?? [] } catch {
            Self.warn(error)
            return []
        }
    }

    static func warn(_ error: any Error) {
        FileHandleOutput.standardError("afilnet-tui: the balance history is not kept: \(TerminalSafeText.sanitize("\(error)"))\n")
    }
}
