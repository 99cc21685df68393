import Synchronization

/// A table's view state: rows, `/` filter, sort column, selection and scrolling. Shared by the
/// address list, the channel list and the request journal (lazydocker's side-list panel).
///
/// Filtering and sorting keep an index array, so a move costs nothing per row held, and a
/// render only reads the rows in view. The filter searches a `SearchIndex` (the rows' text
/// folded once, when they arrive); the sorted order of all rows is kept until the rows or the
/// sort change, so a filter key never sorts.
///
/// Working out what is visible (a `Derivation`) is done at once for small lists. For lists of
/// `offThreadFrom` rows or more the change returns the derivation for the caller to run off
/// the loop's thread: the screen keeps showing the previous rows (`pending` says so) until
/// `finish(_:)` takes the result, and a newer change makes an older derivation stop early
/// and its result be ignored.
public struct ListState<Row: Sendable>: Sendable {
    public private(set) var rows: [Row] = []
    /// Indices into `rows` of the visible rows, in display order.
    public private(set) var visible: [Int] = []
    public private(set) var filter = ""
    public private(set) var sortColumn: Int?
    public private(set) var sortAscending = true
    /// Position in `visible` of the selected row.
    public private(set) var selection = 0
    /// Position in `visible` of the first row on screen.
    public private(set) var scroll = 0
    /// Rows the pane can show at once (the front end reports it on every layout).
    public var pageSize = 10 { didSet { clampScroll() } }
    /// From this many rows on, derivations run off the loop's thread.
    public var offThreadFrom = 20_000
    /// What is being worked out off the thread, when something is: the screen marks it.
    public private(set) var pending: Pending?

    public enum Pending: Sendable, Equatable { case filtering, sorting }

    /// The folded text of `rows` for the filter.
    public private(set) var index: SearchIndex
    /// All row indices in the current sort order (nil: not worked out since the last change).
    private var ordered: [Int]?
    /// The newest derivation handed out; older ones stop when they see it changed.
    private let latest = Latest()

    /// The list's columns: what sorts, what the filter searches, what is drawn.
    public let columns: [ListColumn<Row>]
    private let fields: @Sendable (Row) -> [String]
    private let tieBreak: @Sendable (Row, Row) -> Bool

    /// `tieBreak` orders rows a column finds equal (by id), so every sort is total.
    public init(columns: [ListColumn<Row>], tieBreak: @escaping @Sendable (Row, Row) -> Bool) {
        self.columns = columns
        self.fields = Self.searchFields(columns)
        self.tieBreak = tieBreak
        index = SearchIndex([Row](), fields: fields)
    }

    /// The texts of a row the filter searches, from the columns that say so.
    public static func searchFields(_ columns: [ListColumn<Row>]) -> @Sendable (Row) -> [String] {
        let searched = columns.compactMap(\.searched)
        return { row in searched.flatMap { $0(row) } }
    }

    public var selected: Row? { visible.indices.contains(selection) ? rows[visible[selection]] : nil }
    public var isEmpty: Bool { visible.isEmpty }

    /// The rows on screen, with their positions in `visible`.
    public var page: [(position: Int, row: Row)] {
        guard !visible.isEmpty else { return [] }
        let end = min(visible.count, scroll + max(1, pageSize))
        return (scroll..<end).map { ($0, rows[visible[$0]]) }
    }

    /// Replaces the rows (with their index, when it was built already), keeping the
    /// selection on the same row when `sameRow` finds it.
    @discardableResult
    public mutating func setRows(_ newRows: [Row], index newIndex: SearchIndex? = nil, keeping sameRow: ((Row, Row) -> Bool)? = nil) -> Derivation? {
        let previous = selected
        rows = newRows
        index = newIndex?.rowCount == newRows.count ? newIndex! : SearchIndex(newRows, fields: fields)
        ordered = nil
        // The visible positions named the old rows: until the new ones are derived, show the
        // new rows in the order they came rather than indices that may point past the end.
        if rows.count >= offThreadFrom { visible = visible.filter { $0 < rows.count } }
        let job = derive(.keepSelection)
        if job == nil, let previous, let sameRow, let position = visible.firstIndex(where: { sameRow(rows[$0], previous) }) {
            selection = position
        }
        clampSelection()
        return job
    }

    /// Changes one row in place (an optimistic toggle), without re-sorting.
    public mutating func updateRow(where predicate: (Row) -> Bool, _ change: (inout Row) -> Void) {
        guard let position = rows.firstIndex(where: predicate) else { return }
        change(&rows[position])
        index = SearchIndex(rows, fields: fields)
        ordered = nil
    }

    @discardableResult
    public mutating func setFilter(_ text: String) -> Derivation? {
        filter = text
        return derive(.toTop)
    }

    /// `s` walks the columns: ascending, then descending, then the next column.
    @discardableResult
    public mutating func sortNext() -> Derivation? {
        guard let current = sortColumn else { return sort(by: 0) }
        return sort(by: sortAscending ? current : (current + 1) % columns.count)
    }

    /// Sorts by `column`; the same column again flips the direction.
    @discardableResult
    public mutating func sort(by column: Int) -> Derivation? {
        if sortColumn == column { sortAscending.toggle() } else { sortColumn = column; sortAscending = true }
        ordered = nil
        return derive(.keepSelection)
    }

    public mutating func apply(_ move: ListMove) {
        switch move {
        case .by(let delta): self.move(by: delta)
        case .to(let position): self.move(by: position - selection)
        case .pageUp: pageUp()
        case .pageDown: pageDown()
        case .top: moveToTop()
        case .bottom: moveToBottom()
        }
    }

    public mutating func move(by delta: Int) {
        selection += delta
        clampSelection()
    }

    public mutating func moveToTop() { selection = 0; clampSelection() }
    public mutating func moveToBottom() { selection = visible.count - 1; clampSelection() }
    public mutating func pageDown() { move(by: max(1, pageSize - 1)) }
    public mutating func pageUp() { move(by: -max(1, pageSize - 1)) }

    // MARK: Deriving what is visible

    /// Where the selection goes once a derivation is done.
    public enum Landing: Sendable { case toTop, keepSelection }

    /// The work of one change: sort (unless the order is known) and filter, as a value that
    /// can run on any thread.
    /// Two derivations are equal when they are the same job: the same list's same generation.
    public struct Derivation: Sendable, Equatable {
        let generation: UInt64
        let rows: [Row]
        let index: SearchIndex
        let needle: SearchNeedle
        let ordered: [Int]?
        let order: ColumnOrder<Row>?
        let ascending: Bool
        let tieBreak: @Sendable (Row, Row) -> Bool
        let landing: Landing
        let selectedRow: Int?
        fileprivate let latest: Latest

        public static func == (a: Derivation, b: Derivation) -> Bool { a.latest === b.latest && a.generation == b.generation }

        /// Works it out; nil when a newer change made it useless on the way.
        public func run() -> Derived? {
            let cancelled = { latest.value != generation }
            let order = ordered ?? ListState.order(rows, self.order, ascending, tieBreak)
            if cancelled() { return nil }
            let shown: [Int]
            if needle.isEmpty {
                shown = order
            } else {
                guard let found = index.matches(needle, cancelled: cancelled) else { return nil }
                shown = order.filter { found[$0] }
            }
            return Derived(generation: generation, ordered: order, visible: shown, landing: landing, selectedRow: selectedRow)
        }
    }

    /// A derivation's result, for `finish(_:)`.
    public struct Derived: Sendable {
        let generation: UInt64
        let ordered: [Int]
        let visible: [Int]
        let landing: Landing
        let selectedRow: Int?
    }

    /// Takes a derivation's result, unless a newer change was made since it started.
    public mutating func finish(_ derived: Derived?) {
        guard let derived, derived.generation == latest.value, derived.ordered.count == rows.count else { return }
        pending = nil
        ordered = derived.ordered
        visible = derived.visible
        land(derived.landing, selectedRow: derived.selectedRow)
    }

    /// Starts the derivation of a change: done here for a small list (nil returned), handed
    /// back for a large one.
    private mutating func derive(_ landing: Landing) -> Derivation? {
        let selectedRow = visible.indices.contains(selection) ? visible[selection] : nil
        let job = Derivation(
            generation: latest.advance(), rows: rows, index: index, needle: SearchNeedle(filter), ordered: ordered,
            order: sortColumn.map { columns[$0].order }, ascending: sortAscending, tieBreak: tieBreak, landing: landing,
            selectedRow: selectedRow, latest: latest)
        // Showing every row in a known order costs a copy: no reason to wait for it.
        let cheap = filter.isEmpty && (ordered != nil || sortColumn == nil)
        guard rows.count >= offThreadFrom, !cheap else {
            pending = nil
            finish(job.run())
            return nil
        }
        pending = ordered == nil && sortColumn != nil ? .sorting : .filtering
        return job
    }

    private mutating func land(_ landing: Landing, selectedRow: Int?) {
        switch landing {
        case .toTop:
            selection = 0
            scroll = 0
        case .keepSelection:
            if let selectedRow, let position = visible.firstIndex(of: selectedRow) { selection = position }
        }
        clampSelection()
    }

    /// All row indices in `order` (as they came when there is none). A text column sorts on
    /// its bytes (`SortKeys`), `tieBreak` deciding between equal texts; descending is the
    /// ascending order reversed, as a comparison with the rows swapped gives.
    static func order(_ rows: [Row], _ order: ColumnOrder<Row>?, _ ascending: Bool, _ tieBreak: (Row, Row) -> Bool) -> [Int] {
        var indices = Array(rows.indices)
        switch order {
        case nil: return indices
        case .text(let key):
            SortKeys(rows.lazy.map(key)).sort(&indices) { a, b in tieBreak(rows[a], rows[b]) }
            if !ascending { indices.reverse() }
        case .compare(let compare):
            indices.sort { a, b in ascending ? compare(rows[a], rows[b]) : compare(rows[b], rows[a]) }
        }
        return indices
    }

    private mutating func clampSelection() {
        selection = max(0, min(selection, visible.count - 1))
        clampScroll()
    }

    /// Leaving the page scrolls a quarter page, not one row (vim's `scrolljump`): over SSH a
    /// scroll rewrites every row of the table, so it should happen every few moves, not each.
    private mutating func clampScroll() {
        let size = max(1, pageSize)
        let jump = max(1, size / 4)
        if selection < scroll { scroll = selection - jump + 1 }
        if selection >= scroll + size { scroll = selection - size + jump }
        scroll = max(0, min(scroll, max(0, visible.count - size)))
    }
}

/// The generation of the newest derivation of a list, shared with the derivations running
/// off the thread so they can see they were overtaken.
final class Latest: Sendable {
    private let counter = Atomic<UInt64>(0)
    var value: UInt64 { counter.load(ordering: .relaxed) }
    func advance() -> UInt64 { counter.add(1, ordering: .relaxed).newValue }
}

/// What every list answers alike (moves, sorting, the filter), whichever pane it is in.
public enum ListCommand: Sendable {
    case move(ListMove), sortNext, setFilter(String)
}

extension ListState {
    /// Does `command`; the derivation to run when it goes off the loop's thread.
    public mutating func perform(_ command: ListCommand) -> Derivation? {
        switch command {
        case .move(let move):
            apply(move)
            return nil
        case .sortNext: return sortNext()
        case .setFilter(let text): return setFilter(text)
        }
    }
}

/// A selection move in a list.
public enum ListMove: Sendable {
    case by(Int), to(Int), pageUp, pageDown, top, bottom
}
