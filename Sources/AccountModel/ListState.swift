/// A table's view state: rows, `/` filter, sort column, selection and scrolling. Shared by the
/// address list, the channel list and the request journal (lazydocker's side-list panel).
///
/// Filtering and sorting keep an index array, so a move costs nothing per row held, and a
/// render only reads the rows in view. The sorted order of all rows is kept until the rows or
/// the sort change, and a filter that only grows (typing on) searches just the rows that
/// matched before: a keystroke in the filter costs a scan at most, never a sort.
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

    /// All row indices in the current sort order (nil: not worked out since the last change).
    private var ordered: [Int]?

    private let matches: @Sendable (Row, SearchNeedle) -> Bool
    private let compare: @Sendable (Row, Row, Int) -> Bool
    private let textKey: (@Sendable (Row, Int) -> String?)?

    /// `matches` tells if a row holds the filter text; `compare` orders two rows by a column.
    /// `textKey`, for columns ordered by their text's code points, gives that text: such a
    /// column is sorted on its bytes, with `compare` deciding only between equal texts.
    public init(
        matches: @escaping @Sendable (Row, SearchNeedle) -> Bool, compare: @escaping @Sendable (Row, Row, Int) -> Bool,
        textKey: (@Sendable (Row, Int) -> String?)? = nil
    ) {
        self.matches = matches
        self.compare = compare
        self.textKey = textKey
    }

    public var selected: Row? { visible.indices.contains(selection) ? rows[visible[selection]] : nil }
    public var isEmpty: Bool { visible.isEmpty }

    /// The rows on screen, with their positions in `visible`.
    public var page: [(position: Int, row: Row)] {
        guard !visible.isEmpty else { return [] }
        let end = min(visible.count, scroll + max(1, pageSize))
        return (scroll..<end).map { ($0, rows[visible[$0]]) }
    }

    /// Replaces the rows, keeping the selection on the same row when `sameRow` finds it.
    public mutating func setRows(_ newRows: [Row], keeping sameRow: ((Row, Row) -> Bool)? = nil) {
        let previous = selected
        rows = newRows
        ordered = nil
        rebuild()
        if let previous, let sameRow, let position = visible.firstIndex(where: { sameRow(rows[$0], previous) }) {
            selection = position
        }
        clampSelection()
    }

    /// Changes one row in place (an optimistic toggle), without re-sorting.
    public mutating func updateRow(where predicate: (Row) -> Bool, _ change: (inout Row) -> Void) {
        guard let index = rows.firstIndex(where: predicate) else { return }
        change(&rows[index])
        ordered = nil
    }

    public mutating func setFilter(_ text: String) {
        let narrowing = !filter.isEmpty && text.lowercased().hasPrefix(filter.lowercased())
        filter = text
        rebuild(narrowing: narrowing)
        selection = 0
        scroll = 0
    }

    /// `s` walks the `count` columns: ascending, then descending, then the next column.
    public mutating func sortNext(of count: Int) {
        guard let current = sortColumn else { return sort(by: 0) }
        sort(by: sortAscending ? current : (current + 1) % count)
    }

    /// Sorts by `column`; the same column again flips the direction.
    public mutating func sort(by column: Int) {
        if sortColumn == column { sortAscending.toggle() } else { sortColumn = column; sortAscending = true }
        ordered = nil
        let previous = selected.map { _ in visible[selection] }
        rebuild()
        if let previous, let position = visible.firstIndex(of: previous) { selection = position }
        clampSelection()
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

    /// `narrowing`: the filter only grew, so the rows now visible (already in order) are the
    /// only candidates.
    private mutating func rebuild(narrowing: Bool = false) {
        let needle = SearchNeedle(filter)
        let candidates = narrowing ? visible : allInOrder()
        visible = needle.isEmpty ? candidates : candidates.filter { matches(rows[$0], needle) }
    }

    private mutating func allInOrder() -> [Int] {
        if let ordered { return ordered }
        var indices = Array(rows.indices)
        if let column = sortColumn {
            let ascending = sortAscending
            let rows = self.rows
            if let textKey, let first = rows.first, textKey(first, column) != nil {
                SortKeys(rows.lazy.map { textKey($0, column) ?? "" })
                    .sort(&indices) { a, b in compare(rows[a], rows[b], column) }
                if !ascending { indices.reverse() }  // what `compare` with the rows swapped gives
            } else {
                indices.sort { a, b in
                    ascending ? compare(rows[a], rows[b], column) : compare(rows[b], rows[a], column)
                }
            }
        }
        ordered = indices
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

/// A selection move in a list.
public enum ListMove: Sendable {
    case by(Int), to(Int), pageUp, pageDown, top, bottom
}
