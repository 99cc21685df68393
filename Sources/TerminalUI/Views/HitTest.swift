import AccountModel
import AfilnetAPI

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
        let offset = y - firstRow
        let (scroll, count): (Int, Int)
        switch model.focus {
        case .addresses: (scroll, count) = (model.addresses.list.scroll, model.addresses.list.visible.count)
        case .channels: (scroll, count) = (model.channels.list.scroll, model.channels.list.visible.count)
        case .requests: (scroll, count) = (model.requests.list.scroll, model.requests.list.visible.count)
        case .balance: return nil
        }
        guard scroll + offset < count else { return nil }
        // The channel's on/off cell is the last column of the table.
        let activate = model.focus == .channels && x >= body.x + body.width - 1 - PaneViews.columns(model.text).channels[2].width
        return .clickRow(position: scroll + offset, activate: activate)
    }

    /// The tab under column `x`, from the renderer's own tab layout.
    static func tab(at x: Int, _ model: AppModel) -> Pane? {
        Renderer.tabLabels(model).first { x >= $0.x && x < $0.x + DisplayWidth.of($0.label) }?.pane
    }
}
