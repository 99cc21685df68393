import Localization

/// What a pane answers for itself: its key scopes, footer, title and the help of the key that
/// shows it, what `refresh` reads, its list (moves, sort, filter, clicks and paging act on it),
/// what Enter opens, and what it keeps when the session moves to another account. `AppModel`
/// asks the focused pane through this and never names a pane itself; `Pane` registers them
/// (docs/architecture.md, "Add a pane").
public protocol PaneModel: Sendable {
    /// The rows of its list (`Never` when it has none).
    associatedtype Row: Sendable

    /// The key-table scopes active while it is focused, most specific first (`.global` follows).
    static var scopes: [Action.Scope] { get }
    /// What its footer names, besides help, quit, Tab and the arrows.
    static var footerActions: [Action] { get }
    /// What `refresh` reads again (empty: nothing to read).
    var reloads: [Reload] { get }
    /// Kept in sight beside the focused pane on a wide terminal.
    static var showsBeside: Bool { get }
    static func title(in text: Catalogue) -> String
    /// The help line of the key that shows it.
    static func showHelp(in text: Catalogue) -> String

    /// Its list, if it has one.
    var shownList: ListState<Row>? { get }
    /// A move, sort or filter on its list; an effect when the work goes off the loop's thread.
    mutating func perform(_ command: ListCommand) -> [Effect]
    /// Its table's height changed (paging moves by what is on screen).
    mutating func resized(pageSize: Int)
    /// What Enter does on it (nil: nothing).
    func opened() -> Opening?
    /// What it reads when it is shown and has not been read yet (most panes: nothing; their
    /// reads start with the session). A read already on its way is not asked again.
    func firstReads() -> [Reload]
    /// The same pane for `session`, after a profile switch: what belonged to the account goes,
    /// its settings stay.
    func startedOver(for session: SessionInfo) -> Self
}

/// What `refresh` reads again on a pane, and the work it counts as.
public struct Reload: Sendable {
    public let work: Work
    public let effect: Effect

    public init(work: Work, effect: Effect) {
        self.work = work
        self.effect = effect
    }
}

/// What Enter on a pane does: an overlay (details), or the session moved to another account.
public enum Opening: Sendable, Equatable {
    case overlay(Overlay)
    case profile(String)
}

extension PaneModel {
    public static var showsBeside: Bool { false }
    public func opened() -> Opening? { nil }
    public var reloads: [Reload] { [] }
    public func firstReads() -> [Reload] { [] }
    /// The filter its list has (empty: none, or no list).
    public var filterText: String { shownList?.filter ?? "" }
}

/// A pane with no list.
extension PaneModel where Row == Never {
    public var shownList: ListState<Never>? { nil }
    public mutating func perform(_ command: ListCommand) -> [Effect] { [] }
    public mutating func resized(pageSize: Int) {}
}

/// A pane that is a list.
public protocol ListPaneModel: PaneModel {
    var list: ListState<Row> { get set }
}

extension ListPaneModel {
    public var shownList: ListState<Row>? { list }
    /// A list that is sorted and filtered at once (small lists; the address list overrides it).
    public mutating func perform(_ command: ListCommand) -> [Effect] {
        list.finish(list.perform(command)?.run())
        return []
    }
    public mutating func resized(pageSize: Int) { list.pageSize = pageSize }
}
