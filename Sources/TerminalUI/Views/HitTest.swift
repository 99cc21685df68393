import AccountModel
import AfilnetAPI
import Localization
import TerminalText

/// Where a click lands, in the model's terms, computed from the same layout the renderer
/// draws with: a tab, or a row of the focused list (and whether on its action cell).
public enum HitTest {
    public static func message(forClickAt x: Int, _ y: Int, in model: AppModel) -> AppMessage? {
        let (columns, rows) = model.size
        guard !Layout.isTooSmall(columns: columns, rows: rows) else { return nil }
        let layout = Layout(columns: columns, rows: rows)
        if y == layout.tabs { return tab(at: x, model).map { .clickTab($0) } }
        let body = layout.body
        // Rows start under the box's top edge and the table header.
        let firstRow = body.y + 2
        guard x > body.x, x < body.x + body.width - 1, y >= firstRow, y < body.y + body.height - 1 else { return nil }
        return click(model.panes[model.focus], offset: y - firstRow, x: x, body: body, model.text)
    }

    /// The row, and whether the click is on a column that acts (a channel's switch); nil on a
    /// pane with no list.
    static func click<Model: PaneModel>(_ pane: Model, offset: Int, x: Int, body: Rect, _ text: Catalogue) -> AppMessage? {
        guard let list = pane.shownList, list.scroll + offset < list.visible.count else { return nil }
        let column = Table.column(at: x, of: list, in: body, text: text)
        return .clickRow(position: list.scroll + offset, activate: column.map { list.columns[$0].activates } ?? false)
    }

    /// The tab under column `x`, from the renderer's own tab layout.
    static func tab(at x: Int, _ model: AppModel) -> Pane? {
        Renderer.tabLabels(model).first { x >= $0.x && x < $0.x + DisplayWidth.of($0.label) }?.pane
    }
}
