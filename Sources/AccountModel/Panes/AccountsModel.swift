import BalanceHistory
import Foundation
import Localization
import TerminalText

/// The Accounts pane: one row per profile of config.toml (at least the live account), each
/// read on its own with its own deadline when the pane is first shown (and on `r`), so a dead
/// endpoint or a refused password shows on its row and delays no other. Enter moves the
/// session to the row's account.
public struct AccountsModel: ListPaneModel {
    public typealias Row = AccountRow

    /// A row: the profile, and what its last read said (nil: not read yet).
    public struct AccountRow: Sendable, Equatable {
        public var profile: String
        public var reading: AccountReading?
    }

    /// The columns, the telling ones first (`s` reaches the balance at its third press, "lasts
    /// until" at its fifth): profile, balance, lasts until, per day, state, read, user, endpoint, way in.
    public static let columns: [ListColumn<AccountRow>] = [
        .text({ $0.accounts.columnProfile }, width: .flexible(minimum: 10), priority: 0) { $0.profile },
        ListColumn(
            title: { $0.accounts.columnBalance }, width: { _ in .fixed(10) }, priority: 0,
            cell: { row, text in row.reading?.balance.map(text.decimal) ?? "" },
            order: .compare { (amount($0) ?? .greatestFiniteMagnitude) < (amount($1) ?? .greatestFiniteMagnitude) }),
        ListColumn(
            title: { $0.accounts.columnLasts }, width: { _ in .fixed(11) }, priority: 1,
            cell: { row, _ in row.reading?.lastsUntil.map(day) ?? "" },
            order: .compare { ($0.reading?.lastsUntil ?? .distantFuture) < ($1.reading?.lastsUntil ?? .distantFuture) }),
        ListColumn(
            title: { $0.accounts.columnSpend }, width: { _ in .fixed(8) }, priority: 2,
            cell: { row, text in row.reading?.spendPerDay.map { text.decimal(MonitoringCheck.figure($0)) } ?? "" },
            order: .compare { ($0.reading?.spendPerDay ?? -1) < ($1.reading?.spendPerDay ?? -1) }),
        ListColumn(
            title: { $0.accounts.columnState }, width: { text in .fixed(max(10, DisplayWidth.of(text.accounts.stateNoPassword))) },
            priority: 0, cell: { row, text in state(row, text) }, order: .compare { rank($0) < rank($1) },
            searched: { row in [Catalogue.english, .estonian].map { state(row, $0) } }, tone: tone),
        ListColumn(
            title: { $0.accounts.columnRead }, width: { _ in .fixed(8) }, priority: 5,
            cell: { row, _ in row.reading?.readAt.map(ClockText.of) ?? "" },
            order: .compare { ($0.reading?.readAt ?? .distantPast) < ($1.reading?.readAt ?? .distantPast) }),
        .text({ $0.accounts.columnUser }, width: .fixed(12), priority: 3) { $0.reading?.user ?? "" },
        ListColumn(
            title: { $0.accounts.columnEndpoint }, width: { _ in .flexible(minimum: 14) }, priority: 4,
            cell: { row, text in row.reading.map { $0.isSandbox ? text.accounts.sandbox : $0.endpoint } ?? "" },
            order: .text { $0.reading?.endpoint ?? "" }, searched: { [$0.reading?.endpoint ?? ""] }),
        .text({ $0.accounts.columnWayIn }, width: .fixed(10), priority: 6) { $0.reading?.wayIn ?? "" },
    ]

    public var list = ListState<AccountRow>(columns: AccountsModel.columns, tieBreak: { $0.profile < $1.profile })
    /// The live session's profile (marked on its row).
    public private(set) var live: String

    /// `profiles`: config.toml's, in order; the live one is added when it is not among them
    /// (the embedded sandbox).
    public init(profiles: [String], live: String) {
        self.live = live
        let names = profiles.contains(live) ? profiles : profiles + [live]
        list.setRows(names.map { AccountRow(profile: $0) }) { $0.profile == $1.profile }
    }

    public static let scopes: [Action.Scope] = [.list]
    public static let footerActions: [Action] = [.open, .sort, .filter, .refresh]
    public static func title(in text: Catalogue) -> String { text.accounts.title }
    public static func showHelp(in text: Catalogue) -> String { text.accounts.showHelp }

    public var reloads: [Reload] { list.rows.map(Self.read) }
    public func firstReads() -> [Reload] { list.rows.filter { $0.reading == nil }.map(Self.read) }
    private static func read(_ row: AccountRow) -> Reload { Reload(work: .account(row.profile), effect: .readAccount(row.profile)) }
    public func opened() -> Opening? { list.selected.map { .profile($0.profile) } }

    /// The accounts are config.toml's, not the session's: they stay; the mark moves.
    public func startedOver(for session: SessionInfo) -> AccountsModel {
        var same = self
        same.live = session.profile
        return same
    }

    /// An account's read came back.
    mutating func apply(_ reading: AccountReading) {
        list.updateRow(where: { $0.profile == reading.profile }) { $0.reading = reading }
    }

    static func amount(_ row: AccountRow) -> Decimal? { row.reading?.balance.flatMap { Decimal(string: $0) } }

    static func state(_ row: AccountRow, _ text: Catalogue) -> String {
        let words = text.accounts
        switch row.reading?.state {
        case nil: return words.stateReading
        case .ok: return words.stateOK
        case .low: return words.stateLow
        case .critical: return words.stateCritical
        case .failed: return words.stateFailed
        case .noCredentials: return words.stateNoPassword
        }
    }

    /// Worst first when sorted: critical, not read, low, ok.
    static func rank(_ row: AccountRow) -> Int {
        switch row.reading?.state {
        case .critical: 0
        case .failed, .noCredentials: 1
        case .low: 2
        case .ok: 3
        case nil: 4
        }
    }

    static func tone(_ row: AccountRow) -> CellTone {
        switch row.reading?.state {
        case .ok: .good
        case .low, .critical, .failed, .noCredentials: .error
        case nil: .muted
        }
    }

    static func day(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
