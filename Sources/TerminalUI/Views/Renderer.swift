import AccountModel
import AfilnetAPI
import Localization
import TerminalText

/// The whole frame as a pure function of the model: same model, same grid.
public enum Renderer {
    static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    public static func render(_ model: AppModel) -> Grid {
        let (columns, rows) = model.size
        var grid = Grid(width: columns, height: rows)
        if Layout.isTooSmall(columns: columns, rows: rows) {
            tooSmall(model, &grid)
            return grid
        }
        let layout = Layout(columns: columns, rows: rows)
        header(model, &grid)
        tabs(model, y: layout.tabs, &grid)
        PaneViews.draw(model.focus, model, in: layout.body, grid: &grid, focused: true)
        if let side = layout.side {
            // Wide terminals keep the balance and the channels in sight.
            let others = Pane.allCases.filter { $0 != model.focus && $0.kind.showsBeside }.prefix(2)
            let top = Rect(x: side.x, y: side.y, width: side.width, height: min(9, side.height / 2))
            let bottom = Rect(x: side.x, y: top.y + top.height, width: side.width, height: side.height - top.height)
            for (pane, rect) in zip(others, [top, bottom]) { PaneViews.draw(pane, model, in: rect, grid: &grid, focused: false) }
        }
        overlay(model, in: layout.body, &grid)
        status(model, y: layout.status, &grid)
        footer(model, y: layout.footer, &grid)
        return grid
    }

    /// Rows of the focused pane's table, so paging moves by what is on screen.
    public static func pageSize(columns: Int, rows: Int) -> Int {
        Table.pageSize(in: Layout(columns: columns, rows: rows).body)
    }

    static func header(_ model: AppModel, _ grid: inout Grid) {
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: .header)
        let session = model.session, text = model.text
        var x = grid.put(" afilnet-tui ", x: 0, y: 0, style: .headerAccent)
        let place = session.isSandbox ? text.sandbox : session.endpoint
        x = grid.put(" \(session.user) @ \(place)", x: x, y: 0, style: .header)
        if let via = session.via { x = grid.put(" " + text.viaProxy(via), x: x, y: 0, style: .header) }
        if session.readOnly { x = grid.put("  " + text.readOnly, x: x, y: 0, style: .headerAccent) }
        let figure = model.balance.balance.map { text.headerBalance(text.decimal($0.text)) + (model.balance.isLow ? text.lowMark : "") }
            ?? text.headerBalanceUnknown
        let right = " " + figure + " "
        let rightX = grid.width - DisplayWidth.of(right)
        if rightX > x + 1 { grid.put(right, x: rightX, y: 0, style: model.balance.isLow ? .warning : .headerAccent) }
    }

    /// The tabs as drawn: each pane's label and first column (from column 1, a space apart).
    static func tabLabels(_ model: AppModel) -> [(pane: Pane, label: String, x: Int)] {
        var x = 1
        return Pane.allCases.map { pane in
            let key = model.keys.label(for: .show(pane), in: model.text)
            let label = " \(key) \(pane.title(in: model.text)) "
            defer { x += DisplayWidth.of(label) + 1 }
            return (pane, label, x)
        }
    }

    static func tabs(_ model: AppModel, y: Int, _ grid: inout Grid) {
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: .tabs)
        for tab in tabLabels(model) {
            grid.put(tab.label, x: tab.x, y: y, style: tab.pane == model.focus ? .tabFocused : .tabs)
        }
    }

    static func overlay(_ model: AppModel, in body: Rect, _ grid: inout Grid) {
        switch model.overlay {
        case .none, .filterLine: break
        case .form: OverlayViews.form(model, in: body, grid: &grid)
        case .help: OverlayViews.help(model, in: body, grid: &grid)
        case .confirmQuit: OverlayViews.confirm(model.quitQuestion, model, in: body, grid: &grid)
        case .confirmSwitch(let profile): OverlayViews.confirm(model.switchQuestion(profile), model, in: body, grid: &grid)
        case .confirmDelete(let address):
            OverlayViews.confirm(model.text.confirmDelete(address.id, address.contactName), model, in: body, grid: &grid)
        case .confirmBulkDelete(let count):
            OverlayViews.confirm(model.text.confirmBulkDelete(count), model, in: body, grid: &grid)
        case .addressDetail(let address):
            OverlayViews.details(model.text.addressTitle, OverlayViews.addressPairs(address, model.text), model.text, in: body, grid: &grid)
        case .requestDetail(let entry):
            OverlayViews.details(model.text.requestTitle, OverlayViews.requestPairs(entry, model.text), model.text, in: body, grid: &grid)
        case .profiles: OverlayViews.profiles(model, in: body, grid: &grid)
        }
    }

    static func status(_ model: AppModel, y: Int, _ grid: inout Grid) {
        grid.fill(x: 0, y: y, width: grid.width, height: 1)
        if let line = model.overlay.typedFilter {
            // The prompt is the key that opened the line; its keys are said in the footer.
            let prompt = model.keys.label(for: .filter, in: model.text)
            grid.put(prompt + line.text, x: 0, y: y, style: .statusInfo)
            let cursor = DisplayWidth.of(prompt) + DisplayWidth.of(TerminalSafeText.sanitize(String(line.beforeCursor)))
            grid.cursor = Grid.Position(x: min(grid.width - 1, cursor), y: y)
            return
        }
        var x = 0
        if model.isBusy {
            let frame = spinner[Int(model.now.timeIntervalSinceReferenceDate * 10) % spinner.count]
            let what = model.inFlight.keys.map { $0.text(in: model.text) }.sorted().joined(separator: ", ")
            x = grid.put("\(frame) \(what)… ", x: 0, y: y, style: .statusInfo)
        }
        if let status = model.status {
            let style: Style = switch status.kind {
            case .info: .statusInfo
            case .warning: .statusWarning
            case .error: .statusError
            }
            // A message too long for the line grows upward, over the pane's last rows, until
            // the next key: what to do comes at the end of a message and must not be cut.
            let lines = TextWrap.lines(status.text, width: grid.width - x)
            let shown = lines.count <= maximumStatusLines ? lines
                : Array(lines.prefix(maximumStatusLines - 1)) + [lines[maximumStatusLines - 1] + "…"]
            let top = y - (shown.count - 1)
            for (index, line) in shown.enumerated() {
                if index < shown.count - 1 { grid.fill(x: 0, y: top + index, width: grid.width, height: 1) }
                grid.put(line, x: x, y: top + index, style: style)
            }
        }
    }

    /// How many rows a status message may take (the last one on the status line).
    static let maximumStatusLines = 3

    static func footer(_ model: AppModel, y: Int, _ grid: inout Grid) {
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: .footer)
        guard model.overlay == .none else {
            grid.put(" " + model.keys.hint(model.overlay.hints, in: model.text), x: 0, y: y, style: .footer)
            return
        }
        let actions = model.focus.footerActions
        var x = 0
        // Most telling first: what is cut on a narrow terminal (or in a wordier language) is
        // Tab and the arrows, which every user already knows.
        for action in [.help, .quit] + actions + [.nextPane, .up] {
            if model.session.readOnly, action.writes { continue }
            let keys = action == .up
                ? model.keys.label(for: .up, in: model.text) + model.keys.label(for: .down, in: model.text)
                : model.keys.keys(for: action).prefix(2).map { $0.label(in: model.text) }.joined(separator: "/")
            let label = action.label(in: model.text)
            // Whole items only: a key whose label would be cut is left out.
            if x + DisplayWidth.of(" \(keys) \(label) ") > grid.width { break }
            x = grid.put(" " + keys, x: x, y: y, style: .footerKey)
            x = grid.put(" " + label + " ", x: x, y: y, style: .footer)
        }
    }

    static func tooSmall(_ model: AppModel, _ grid: inout Grid) {
        let (columns, rows) = model.size, text = model.text
        let quit = model.keys.label(for: .quit, in: text)
        let lines = [text.tooSmall(columns, rows), text.needsAtLeast(Layout.minimumColumns, Layout.minimumRows), text.enlargeOrQuit(quit)]
        for (index, line) in lines.enumerated() where index < rows {
            grid.put(line, x: max(0, (columns - DisplayWidth.of(line)) / 2), y: max(0, rows / 2 - 1) + index, style: index == 0 ? .warning : .normal)
        }
    }
}
