import AccountModel
import AfilnetAPI
import Foundation
import Localization
import TerminalText

/// The panes, each drawn into its rectangle from the model alone: a pane's view is a
/// function here (or its own file, for a large one) and its line in `draw`.
enum PaneViews {
    static func draw(_ pane: Pane, _ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        switch pane {
        case .balance: BalanceView.draw(model, in: rect, grid: &grid, focused: focused)
        case .addresses: addresses(model, in: rect, grid: &grid, focused: focused)
        case .channels: channels(model, in: rect, grid: &grid, focused: focused)
        case .requests: requests(model, in: rect, grid: &grid, focused: focused)
        case .accounts: accounts(model, in: rect, grid: &grid, focused: focused)
        case .about: about(model, in: rect, grid: &grid, focused: focused)
        }
    }

    static func addresses(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let state = model.addresses, text = model.text
        let add = model.keys.label(for: .add, in: text)
        let refresh = model.keys.label(for: .refresh, in: text)
        // While any row is marked, each id has a column before it for ●; the title counts them.
        let marked = state.marked
        Table.draw(
            state.list, rowTone: { model.isInFlight(.delete($0.id)) ? .muted : nil },
            mark: { address, column in column != 0 || marked.isEmpty ? "" : marked.contains(address.id) ? "●" : " " },
            in: rect, grid: &grid, title: marked.isEmpty ? text.paneAddresses : text.paneAddresses + " · " + text.markedCount(marked.count),
            focused: focused,
            emptyText: state.error == nil ? text.noAddresses(add) : text.couldNotLoad(refresh),
            loading: model.isInFlight(.addresses) && !state.loaded, text: text)
    }

    static func channels(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let state = model.channels, text = model.text
        Table.draw(
            state.list,
            // A switch on its way: marked on the cell that was clicked or toggled.
            mark: { channel, column in state.list.columns[column].activates && model.isInFlight(.channel(channel.name)) ? "… " : "" },
            in: rect, grid: &grid, title: text.paneChannels, focused: focused, emptyText: text.noChannels,
            loading: model.isInFlight(.channels) && !state.loaded, text: text)
    }

    static func requests(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        Table.draw(
            model.requests.list, in: rect, grid: &grid, title: model.text.paneRequests, focused: focused,
            emptyText: model.text.noRequests, loading: false, text: model.text)
    }

    /// Every account; the live one marked ●, a row not read yet marked while its read is on its way.
    /// Why the selected account could not be read, on the pane's last row.
    static func accounts(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let state = model.accounts, text = model.text
        Table.draw(
            state.list, rowTone: { $0.reading == nil ? .muted : nil },
            mark: { row, column in column != 0 ? "" : row.profile == state.live ? "● " : "  " },
            in: rect, grid: &grid, title: AccountsModel.title(in: text), focused: focused, emptyText: text.accounts.noAccounts,
            loading: false, text: text)
        let inner = rect.inner
        guard focused, inner.height > state.list.visible.count + 2, let reason = state.list.selected?.reading?.state.reason else { return }
        grid.putClipped(
            (state.list.selected?.profile ?? "") + ": " + reason, x: inner.x + 1, y: inner.y + inner.height - 1, columns: inner.width - 2,
            style: .error)
    }

    static func about(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: focused ? .focusedBorder : .border, title: AboutModel.title(in: model.text))
        let inner = rect.inner, facts = model.panes.about.facts(in: model.text)
        let labelWidth = (facts.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        for (index, fact) in facts.enumerated() where 1 + index < inner.height {
            grid.put("  " + fact.label, x: inner.x, y: inner.y + 1 + index, style: .muted, limit: inner.width)
            grid.put(fact.value, x: inner.x + 2 + labelWidth, y: inner.y + 1 + index, style: .normal, limit: max(0, inner.width - 2 - labelWidth))
        }
    }
}
