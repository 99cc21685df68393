import AccountModel
import AfilnetAPI
import Foundation

/// The four panes, each drawn into its rectangle from the model alone.
enum PaneViews {
    static func balance(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: focused ? .focusedBorder : .border, title: "Balance")
        let inner = rect.inner
        guard inner.height >= 1 else { return }
        let state = model.balance
        var y = inner.y + (inner.height > 6 ? 1 : 0)
        if let balance = state.balance {
            grid.put("  \(balance.text) credits", x: inner.x, y: y, style: state.isLow ? .warning : .balance, limit: inner.width)
        } else {
            grid.put(state.loading ? "  Loading…" : "  —", x: inner.x, y: y, style: .muted, limit: inner.width)
        }
        y += 2
        if let readAt = state.readAt {
            let ago = max(0, Int(model.now.timeIntervalSince(readAt)))
            grid.put("  Last read \(clock(readAt)) (\(ago) s ago)", x: inner.x, y: y, style: .muted, limit: inner.width)
            y += 1
        }
        if state.isLow {
            grid.put("  ⚠ Low balance: under \(state.lowThreshold) credits", x: inner.x, y: y, style: .warning, limit: inner.width)
            y += 1
        }
        if let error = state.error {
            grid.put("  " + error.description, x: inner.x, y: y, style: .error, limit: inner.width)
            y += 1
        }
        if state.refreshInterval > 0, y < inner.y + inner.height {
            grid.put("  Refreshes every \(Int(state.refreshInterval)) s; r refreshes now", x: inner.x, y: y, style: .muted, limit: inner.width)
        }
    }

    static let addressColumns = [
        Column(title: "ID", width: 6, priority: 0), Column(title: "Name", width: 0, priority: 0, minimum: 14),
        Column(title: "Company", width: 0, priority: 2, minimum: 12), Column(title: "Document", width: 14, priority: 5),
        Column(title: "Country", width: 7, priority: 1), Column(title: "City", width: 12, priority: 1),
        Column(title: "ZIP", width: 8, priority: 6), Column(title: "Street", width: 0, priority: 7, minimum: 14),
        Column(title: "Ver.", width: 4, priority: 3), Column(title: "Addr.", width: 5, priority: 4),
    ]

    static func addresses(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let state = model.addresses
        Table.draw(
            state.list, columns: addressColumns, cells: AddressListModel.cells,
            style: { address, column in
                if state.deleting.contains(address.id) { return .muted }
                switch column {
                case 8: return address.verified ? .verified : .muted
                case 9: return address.addressVerified ? .verified : .muted
                default: return .normal
                }
            },
            in: rect, grid: &grid, title: "Addresses", focused: focused,
            emptyText: state.error == nil ? "No addresses yet. Press a to add one." : "Could not load: r retries",
            loading: state.loading && !state.loaded)
    }

    static let channelColumns = [
        Column(title: "Type", width: 18, priority: 1), Column(title: "Name", width: 0, priority: 0),
        Column(title: "Active", width: 8, priority: 0),
    ]

    static func channels(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let state = model.channels
        Table.draw(
            state.list, columns: channelColumns,
            cells: { [$0.type, $0.name, (state.pending[$0.name] != nil ? "… " : "") + ($0.isActive ? "[on] " : "[off]")] },
            style: { channel, column in column == 2 ? (channel.isActive ? .toggleOn : .toggleOff) : .normal },
            in: rect, grid: &grid, title: "Channels", focused: focused, emptyText: "No channels.",
            loading: state.loading && !state.loaded)
    }

    static let requestColumns = [
        Column(title: "Time", width: 8, priority: 0), Column(title: "Method", width: 13, priority: 0),
        Column(title: "Parameters", width: 0, priority: 2, minimum: 16), Column(title: "Outcome", width: 18, priority: 1),
        Column(title: "ms", width: 6, priority: 3),
    ]

    static func requests(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        Table.draw(
            model.requests.list, columns: requestColumns,
            cells: { [clock($0.time), $0.method, RequestsModel.parameters($0), $0.outcome, String(Int($0.durationMilliseconds.rounded()))] },
            style: { entry, column in column == 3 && !entry.succeeded ? .error : .normal },
            in: rect, grid: &grid, title: "Requests", focused: focused,
            emptyText: "No requests yet in this session.", loading: false)
    }

    /// `HH:MM:SS` in local time.
    static func clock(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
