import AccountModel
import AfilnetAPI
import Localization
import TerminalText

/// A column as the table lays it out: title, preferred width (0 = share what is left),
/// priority (lower survives longer on narrow terminals). Made from a `ListColumn`.
struct Column {
    var title: String
    var width: Int
    var priority: Int
    /// For flexible columns: the narrowest width worth showing.
    var minimum = 10

    init(title: String, width: Int, priority: Int, minimum: Int = 10) {
        self.title = title
        self.width = width
        self.priority = priority
        self.minimum = minimum
    }

    init<Row>(_ column: ListColumn<Row>, _ text: Catalogue) {
        title = column.title(text)
        priority = column.priority
        switch column.width(text) {
        case .fixed(let cells): width = cells
        case .flexible(let least): (width, minimum) = (0, least)
        }
    }
}

extension Style {
    /// The theme's look for a cell tone.
    init(_ tone: CellTone) {
        self = switch tone {
        case .normal: .normal
        case .good: .verified
        case .muted: .muted
        case .on: .toggleOn
        case .off: .toggleOff
        case .error: .error
        }
    }
}

/// Draws a `ListState` as a table in a box: header with the sort mark, the page of rows in
/// view, the selection, and a position counter; empty, loading and error states in words.
///
/// The selected row is marked by `▶` in a one-column gutter and its first cell in the
/// selection style, not by painting the whole row: a one-row move then rewrites a dozen
/// cells, whatever the terminal's width (htop's full-row bar costs ~300 bytes at 80 columns).
enum Table {
    /// `rowTone` overrides the columns' tones for a whole row (one being deleted);
    /// `mark` puts a prefix on a cell (a switch on its way).
    static func draw<Row>(
        _ list: ListState<Row>, rowTone: (Row) -> CellTone? = { _ in nil }, mark: (Row, Int) -> String = { _, _ in "" },
        in rect: Rect, grid: inout Grid, title: String, focused: Bool, emptyText: String, loading: Bool, text words: Catalogue
    ) {
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: focused ? .focusedBorder : .border, title: title)
        let box = rect.inner
        guard box.height >= 2, box.width >= 5 else { return }
        let gutter = box.x
        let (inner, placed) = layout(list, in: rect, text: words)
        for column in placed {
            var header = column.title
            if list.sortColumn == column.index { header += list.sortAscending ? " ▲" : " ▼" }
            grid.putFitted(header, x: column.x, y: inner.y, columns: column.width, style: .tableHeader)
        }
        let counter = list.isEmpty ? "" : " \(list.selection + 1)/\(list.visible.count) "
        let filter = list.filter.isEmpty ? "" : " /\(list.filter) "
        // A large list's filter or sort still being worked out: the rows shown are the
        // previous result.
        let working = list.pending.map { " " + ($0 == .filtering ? words.filtering : words.sorting) + " " } ?? ""
        let label = working + filter + counter
        if !label.isEmpty, DisplayWidth.of(label) + 4 < rect.width {
            grid.put(label, x: rect.x + rect.width - 1 - DisplayWidth.of(label), y: rect.y + rect.height - 1, style: focused ? .focusedBorder : .border)
        }
        let bodyTop = inner.y + 1
        let rows = inner.height - 1
        if list.isEmpty {
            let text = loading ? words.loading : (list.filter.isEmpty ? emptyText : words.nothingMatches(list.filter))
            grid.put(text, x: inner.x + 1, y: bodyTop, style: .muted, limit: inner.width - 1)
            return
        }
        for (offset, item) in list.page.prefix(rows).enumerated() {
            let y = bodyTop + offset
            let selected = item.position == list.selection
            let tone = rowTone(item.row)
            for (position, placement) in placed.enumerated() {
                let column = list.columns[placement.index]
                let value = mark(item.row, placement.index) + column.cell(item.row, words)
                if selected, position == 0 {
                    let look: Style = focused ? .selection : .muted
                    grid.put("▶", x: gutter, y: y, style: look)
                    grid.putFitted(value, x: placement.x, y: y, columns: placement.width, style: look)
                } else {
                    grid.putClipped(value, x: placement.x, y: y, columns: placement.width, style: Style(tone ?? column.tone(item.row)))
                }
            }
        }
    }

    /// Where each shown column goes in a table drawn on `rect`: inside the box, right of the
    /// one-cell selection gutter. The drawing and the mouse read the same placement.
    static func layout<Row>(
        _ list: ListState<Row>, in rect: Rect, text words: Catalogue
    ) -> (inner: Rect, columns: [(index: Int, title: String, x: Int, width: Int)]) {
        let box = rect.inner
        let inner = Rect(x: box.x + 1, y: box.y, width: max(0, box.width - 1), height: box.height)
        let columns = list.columns.map { Column($0, words) }
        let shown = fit(columns, into: inner.width)
        let widthsByColumn = widths(columns, shown, inner.width)
        var x = inner.x
        let placed = shown.map { index -> (index: Int, title: String, x: Int, width: Int) in
            defer { x += widthsByColumn[index]! + 1 }
            return (index, columns[index].title, x, widthsByColumn[index]!)
        }
        return (inner, placed)
    }

    /// The column a click on `x` lands in (its cell or the gap after it).
    static func column<Row>(at x: Int, of list: ListState<Row>, in rect: Rect, text words: Catalogue) -> Int? {
        layout(list, in: rect, text: words).columns.first { x >= $0.x && x < $0.x + $0.width + 1 }?.index
    }

    /// Rows of `rect` available for list rows (for paging).
    static func pageSize(in rect: Rect) -> Int { max(1, rect.height - 3) }

    /// The columns that fit, dropping the least important first; in display order.
    static func fit(_ columns: [Column], into width: Int) -> [Int] {
        var shown = Array(columns.indices)
        func needed(_ set: [Int]) -> Int {
            set.reduce(0) { $0 + (columns[$1].width > 0 ? columns[$1].width : columns[$1].minimum) + 1 } - 1
        }
        while shown.count > 1, needed(shown) > width {
            let drop = shown.max { columns[$0].priority < columns[$1].priority }!
            shown.removeAll { $0 == drop }
        }
        return shown
    }

    /// Fixed widths as asked; flexible (0) columns share the rest.
    static func widths(_ columns: [Column], _ shown: [Int], _ total: Int) -> [Int: Int] {
        let fixed = shown.filter { columns[$0].width > 0 }
        let flexible = shown.filter { columns[$0].width == 0 }
        let used = fixed.reduce(0) { $0 + columns[$1].width } + shown.count - 1
        // What is left, shared; never more than is left (`fit` made sure each gets a cell).
        let share = flexible.isEmpty ? 0 : max(1, (total - used) / flexible.count)
        var result: [Int: Int] = [:]
        for index in fixed { result[index] = columns[index].width }
        for (n, index) in flexible.enumerated() {
            let extra = n == flexible.count - 1 ? max(0, total - used - share * flexible.count) : 0
            result[index] = share + extra
        }
        return result
    }
}
