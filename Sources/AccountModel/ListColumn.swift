import Localization

/// One column of a list, said once: its title, how wide it may be, what survives on a
/// narrow terminal, its cell, how it sorts, what the filter searches in it, how it looks and
/// whether a click on it acts. The view-model sorts and filters by it, the renderer draws it
/// and hit-testing places clicks by it: adding a column is adding one of these.
public struct ListColumn<Row: Sendable>: Sendable {
    public let title: @Sendable (Catalogue) -> String
    public let width: @Sendable (Catalogue) -> ColumnWidth
    /// Lower survives longer when the terminal is narrow.
    public let priority: Int
    public let cell: @Sendable (Row, Catalogue) -> String
    public let order: ColumnOrder<Row>
    /// The texts of a row the `/` filter searches for this column (nil: none).
    public let searched: (@Sendable (Row) -> [String])?
    public let tone: @Sendable (Row) -> CellTone
    /// A click on this cell is the row's action (a channel's switch).
    public let activates: Bool

    public init(
        title: @escaping @Sendable (Catalogue) -> String, width: @escaping @Sendable (Catalogue) -> ColumnWidth, priority: Int,
        cell: @escaping @Sendable (Row, Catalogue) -> String, order: ColumnOrder<Row>,
        searched: (@Sendable (Row) -> [String])? = nil, tone: @escaping @Sendable (Row) -> CellTone = { _ in .normal },
        activates: Bool = false
    ) {
        self.title = title
        self.width = width
        self.priority = priority
        self.cell = cell
        self.order = order
        self.searched = searched
        self.tone = tone
        self.activates = activates
    }

    /// A column whose cell is a text of the row that needs no words, sorted by that text's
    /// bytes and searched in it.
    public static func text(
        _ title: @escaping @Sendable (Catalogue) -> String, width: ColumnWidth, priority: Int, _ text: @escaping @Sendable (Row) -> String
    ) -> ListColumn {
        ListColumn(title: title, width: { _ in width }, priority: priority, cell: { row, _ in text(row) }, order: .text(text),
                   searched: { [text($0)] })
    }
}

/// How wide a column is: a fixed number of cells, or a share of what is left.
public enum ColumnWidth: Sendable, Equatable {
    case fixed(Int)
    case flexible(minimum: Int)
}

/// How a column sorts: by a text's UTF-8 bytes (code-point order; equal texts by the list's
/// tie-break, the row's id), or by a comparison of its own.
public enum ColumnOrder<Row>: Sendable {
    case text(@Sendable (Row) -> String)
    case compare(@Sendable (Row, Row) -> Bool)
}

/// How a cell looks, in the model's words (the front end maps each to a theme style).
public enum CellTone: Sendable {
    case normal, good, muted, on, off, error
}
