import AfilnetAPI
import Foundation
import Localization

/// The request journal pane: newest last, one row per HTTP request, details on Enter.
public struct RequestsModel: Sendable {
    public static let kept = 2000

    /// The table's columns: time, method, parameters (credentials left out), outcome, milliseconds.
    public static let columns: [ListColumn<JournalEntry>] = [
        ListColumn(
            title: { $0.columnTime }, width: { _ in .fixed(8) }, priority: 0, cell: { entry, _ in ClockText.of(entry.time) },
            order: .compare { $0.time < $1.time }),
        ListColumn(
            title: { $0.columnMethod }, width: { _ in .fixed(13) }, priority: 0, cell: { entry, _ in entry.method },
            order: .compare { ($0.method, $0.time) < ($1.method, $1.time) }, searched: { [$0.method] }),
        ListColumn(
            title: { $0.columnParameters }, width: { _ in .flexible(minimum: 16) }, priority: 2,
            cell: { entry, _ in RequestsModel.parameters(entry) }, order: .compare { $0.time < $1.time },
            searched: { $0.parameters.values.sorted() }),
        ListColumn(
            title: { $0.columnOutcome }, width: { _ in .fixed(18) }, priority: 1, cell: { entry, _ in entry.outcome },
            order: .compare { ($0.outcome, $0.time) < ($1.outcome, $1.time) }, searched: { [$0.outcome] },
            tone: { $0.succeeded ? .normal : .error }),
        ListColumn(
            title: { $0.columnMilliseconds }, width: { _ in .fixed(6) }, priority: 3,
            cell: { entry, _ in String(Int(entry.durationMilliseconds.rounded())) },
            order: .compare { $0.durationMilliseconds < $1.durationMilliseconds }),
    ]

    public var list = ListState<JournalEntry>(columns: RequestsModel.columns, tieBreak: { $0.time < $1.time })

    public init() {}

    /// The call's own parameters, `name=value`, sorted; the credentials (redacted anyway)
    /// only when `credentials` is set, as in the detail view.
    public static func parameters(_ entry: JournalEntry, credentials: Bool = false) -> String {
        entry.parameters.filter { credentials || ($0.key != APIField.user.rawValue && $0.key != APIField.password.rawValue) }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }

    mutating func append(_ entry: JournalEntry) {
        var rows = list.rows
        rows.append(entry)
        if rows.count > Self.kept { rows.removeFirst(rows.count - Self.kept) }
        let following = list.isEmpty || list.selected.map { $0.time >= (list.rows.last?.time ?? $0.time) } ?? true
        list.setRows(rows) { $0.time == $1.time && $0.method == $1.method }
        if following { list.moveToBottom() }
    }
}

extension RequestsModel: ListPaneModel {
    public typealias Row = JournalEntry
    public static let scopes: [Action.Scope] = [.requests, .list]
    public static let footerActions: [Action] = [.open, .export, .filter, .sort]
    public static func title(in text: Catalogue) -> String { text.paneRequests }
    public static func showHelp(in text: Catalogue) -> String { text.helpShowRequests }

    public func opened() -> Opening? { list.selected.map { .overlay(.requestDetail($0)) } }

    /// The journal is this machine's, not the account's: it stays.
    public func startedOver(for session: SessionInfo) -> RequestsModel { self }
}
