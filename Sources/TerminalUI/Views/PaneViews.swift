import AccountModel
import AfilnetAPI
import Foundation
import Localization

/// The four panes, each drawn into its rectangle from the model alone.
enum PaneViews {
    static func balance(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let text = model.text
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: focused ? .focusedBorder : .border, title: text.paneBalance)
        let inner = rect.inner
        guard inner.height >= 1 else { return }
        let state = model.balance
        var y = inner.y + (inner.height > 6 ? 1 : 0)
        if let balance = state.balance {
            grid.put("  " + text.credits(text.decimal(balance.text)), x: inner.x, y: y, style: state.isLow ? .warning : .balance, limit: inner.width)
        } else {
            grid.put(model.isInFlight(.balance) ? "  " + text.loading : "  —", x: inner.x, y: y, style: .muted, limit: inner.width)
        }
        y += 2
        if let readAt = state.readAt {
            let ago = max(0, Int(model.now.timeIntervalSince(readAt)))
            grid.put("  " + text.lastRead(ClockText.of(readAt), ago), x: inner.x, y: y, style: .muted, limit: inner.width)
            y += 1
        }
        if state.isLow {
            grid.put("  " + text.lowBalance(text.decimal("\(state.lowThreshold)")), x: inner.x, y: y, style: .warning, limit: inner.width)
            y += 1
        }
        if let error = state.error {
            // The whole reason, wrapped, leaving the last row for the refresh hint.
            for line in TextWrap.lines(text.readBalanceFailed(error.text(in: text)), width: max(1, inner.width - 4)).prefix(max(1, inner.y + inner.height - y - 1)) {
                grid.put("  " + line, x: inner.x, y: y, style: .error, limit: inner.width)
                y += 1
            }
        }
        if state.refreshInterval > 0, y < inner.y + inner.height {
            let key = model.keys.label(for: .refresh, in: text)
            grid.put("  " + text.refreshesEvery(Int(state.refreshInterval), key), x: inner.x, y: y, style: .muted, limit: inner.width)
        }
    }

    static func addresses(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let state = model.addresses, text = model.text
        let add = model.keys.label(for: .add, in: text)
        let refresh = model.keys.label(for: .refresh, in: text)
        Table.draw(
            state.list, rowTone: { model.isInFlight(.delete($0.id)) ? .muted : nil },
            in: rect, grid: &grid, title: text.paneAddresses, focused: focused,
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

}
