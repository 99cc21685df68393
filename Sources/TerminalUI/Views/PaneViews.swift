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
            grid.put("  " + text.lastRead(clock(readAt), ago), x: inner.x, y: y, style: .muted, limit: inner.width)
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

    /// The tables' columns depend only on the language: built once for each, not per frame.
    struct Columns {
        let addresses, channels, requests: [Column]
    }

    static let columnsByLanguage = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
        let text = language.catalogue
        return (language, Columns(addresses: addressColumns(text), channels: channelColumns(text), requests: requestColumns(text)))
    })

    static func columns(_ text: Catalogue) -> Columns { columnsByLanguage[text.language]! }

    private static func addressColumns(_ text: Catalogue) -> [Column] {
        [
            Column(title: text.columnID, width: 6, priority: 0), Column(title: text.columnName, width: 0, priority: 0, minimum: 14),
            Column(title: text.columnCompany, width: 0, priority: 2, minimum: 12), Column(title: text.columnDocument, width: 14, priority: 5),
            Column(title: text.columnCountry, width: 7, priority: 1), Column(title: text.columnCity, width: 12, priority: 1),
            Column(title: text.columnZip, width: 8, priority: 6), Column(title: text.columnStreet, width: 0, priority: 7, minimum: 14),
            Column(title: text.columnVerified, width: max(4, DisplayWidth.of(text.columnVerified)), priority: 3),
            Column(title: text.columnAddressVerified, width: max(5, DisplayWidth.of(text.columnAddressVerified)), priority: 4),
        ]
    }

    static func addresses(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let state = model.addresses, text = model.text
        let add = model.keys.label(for: .add, in: text)
        let refresh = model.keys.label(for: .refresh, in: text)
        Table.draw(
            state.list, columns: columns(text).addresses, cells: AddressListModel.cells,
            style: { address, column in
                if model.isInFlight(.delete(address.id)) { return .muted }
                switch column {
                case 8: return address.verified ? .verified : .muted
                case 9: return address.addressVerified ? .verified : .muted
                default: return .normal
                }
            },
            in: rect, grid: &grid, title: text.paneAddresses, focused: focused,
            emptyText: state.error == nil ? text.noAddresses(add) : text.couldNotLoad(refresh),
            loading: model.isInFlight(.addresses) && !state.loaded, text: text)
    }

    /// The switch column is as wide as its longest word in this language, plus the pending mark.
    private static func channelColumns(_ text: Catalogue) -> [Column] {
        let toggle = max(8, DisplayWidth.of(text.columnActive), DisplayWidth.of(text.toggleOn) + 2, DisplayWidth.of(text.toggleOff) + 2)
        return [
            Column(title: text.columnType, width: 18, priority: 1), Column(title: text.columnName, width: 0, priority: 0),
            Column(title: text.columnActive, width: toggle, priority: 0),
        ]
    }

    static func channels(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        let state = model.channels, text = model.text
        let width = max(DisplayWidth.of(text.toggleOn), DisplayWidth.of(text.toggleOff))
        Table.draw(
            state.list, columns: columns(text).channels,
            cells: { channel in
                let word = channel.isActive ? text.toggleOn : text.toggleOff
                return [channel.type, channel.name, (model.isInFlight(.channel(channel.name)) ? "… " : "") + word.padding(toLength: width, withPad: " ", startingAt: 0)]
            },
            style: { channel, column in column == 2 ? (channel.isActive ? .toggleOn : .toggleOff) : .normal },
            in: rect, grid: &grid, title: text.paneChannels, focused: focused, emptyText: text.noChannels,
            loading: model.isInFlight(.channels) && !state.loaded, text: text)
    }

    private static func requestColumns(_ text: Catalogue) -> [Column] {
        [
            Column(title: text.columnTime, width: 8, priority: 0), Column(title: text.columnMethod, width: 13, priority: 0),
            Column(title: text.columnParameters, width: 0, priority: 2, minimum: 16), Column(title: text.columnOutcome, width: 18, priority: 1),
            Column(title: text.columnMilliseconds, width: 6, priority: 3),
        ]
    }

    static func requests(_ model: AppModel, in rect: Rect, grid: inout Grid, focused: Bool) {
        Table.draw(
            model.requests.list, columns: columns(model.text).requests,
            cells: { [clock($0.time), $0.method, RequestsModel.parameters($0), $0.outcome, String(Int($0.durationMilliseconds.rounded()))] },
            style: { entry, column in column == 3 && !entry.succeeded ? .error : .normal },
            in: rect, grid: &grid, title: model.text.paneRequests, focused: focused,
            emptyText: model.text.noRequests, loading: false, text: model.text)
    }

    /// `HH:MM:SS` in local time.
    static func clock(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
