import AfilnetAPI

/// The request journal pane: newest last, one row per HTTP request, details on Enter.
public struct RequestsModel: Sendable {
    /// The table's columns: time, method, parameters, outcome, milliseconds (titles: the catalogue's).
    public static let columnCount = 5
    public static let kept = 2000

    public var list = ListState<JournalEntry>(
        fields: { entry in [entry.method, entry.outcome] + entry.parameters.values.sorted() },
        compare: { a, b, column in
            switch column {
            case 1: (a.method, a.time) < (b.method, b.time)
            case 3: (a.outcome, a.time) < (b.outcome, b.time)
            case 4: a.durationMilliseconds < b.durationMilliseconds
            default: a.time < b.time
            }
        })

    public init() {}

    /// The call's own parameters, `name=value`, sorted; the credentials (redacted anyway)
    /// only when `credentials` is set, as in the detail view.
    public static func parameters(_ entry: JournalEntry, credentials: Bool = false) -> String {
        entry.parameters.filter { credentials || ($0.key != "user" && $0.key != "password") }
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
