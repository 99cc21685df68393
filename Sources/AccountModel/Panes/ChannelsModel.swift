import AfilnetAPI
import Localization
import TerminalText

/// The channel list with optimistic toggles: a switch shows at once; if the server refuses,
/// the row goes back and the status line says why.
public struct ChannelsModel: Sendable {
    /// The table's columns: type, name, and the switch (a click on it switches).
    public static let columns: [ListColumn<Channel>] = [
        ListColumn(
            title: { $0.columnType }, width: { _ in .fixed(18) }, priority: 1, cell: { channel, _ in channel.type },
            order: .compare { ($0.type, $0.name) < ($1.type, $1.name) }, searched: { [$0.type] }),
        ListColumn(
            title: { $0.columnName }, width: { _ in .flexible(minimum: 10) }, priority: 0, cell: { channel, _ in channel.name },
            order: .compare { $0.name < $1.name }, searched: { [$0.name] }),
        ListColumn(
            title: { $0.columnActive },
            // As wide as its longest word in this language, with room for the pending mark.
            width: { text in
                .fixed(max(8, DisplayWidth.of(text.columnActive), DisplayWidth.of(text.toggleOn) + 2, DisplayWidth.of(text.toggleOff) + 2))
            },
            priority: 0,
            cell: { channel, text in
                let width = max(DisplayWidth.of(text.toggleOn), DisplayWidth.of(text.toggleOff))
                return DisplayWidth.fit(channel.isActive ? text.toggleOn : text.toggleOff, width, ellipsis: false)
            },
            order: .compare { ($0.isActive ? 1 : 0, $0.name) < ($1.isActive ? 1 : 0, $1.name) },
            tone: { $0.isActive ? .on : .off }, activates: true),
    ]

    public var list = ListState<Channel>(columns: ChannelsModel.columns, tieBreak: { $0.name < $1.name })
    public var loaded = false
    public var error: AfilnetError?
    /// Channels switched but not yet confirmed, with the state to go back to if the server
    /// refuses (whether a switch is on its way is `AppModel.inFlight`'s to say).
    public var pending: [String: Bool] = [:]

    public init() {}

    mutating func apply(_ result: Result<[Channel], AfilnetError>) {
        switch result {
        case .success(let channels):
            // A refresh must not undo a switch that is still on its way.
            let shown = channels.map { channel -> Channel in
                var channel = channel
                if pending[channel.name] != nil, let current = list.rows.first(where: { $0.name == channel.name }) {
                    channel.isActive = current.isActive
                }
                return channel
            }
            list.setRows(shown) { $0.name == $1.name }
            loaded = true
            error = nil
        case .failure(let failure):
            error = failure
        }
    }

    /// Flips the selected channel on screen (the model has entered the switch in its record
    /// of writes: there is no second switch of it on its way); returns its name and new state.
    @discardableResult
    mutating func toggleSelected() -> (String, Bool)? {
        guard let channel = list.selected else { return nil }
        pending[channel.name] = channel.isActive
        list.updateRow(where: { $0.name == channel.name }) { $0.isActive.toggle() }
        return (channel.name, !channel.isActive)
    }

    /// The server's answer: keep the new state, or roll back to the old one.
    mutating func settle(_ name: String, succeeded: Bool) {
        guard let previous = pending.removeValue(forKey: name) else { return }
        if !succeeded { list.updateRow(where: { $0.name == name }) { $0.isActive = previous } }
    }
}

extension ChannelsModel: ListPaneModel {
    public typealias Row = Channel
    public static let scopes: [Action.Scope] = [.channels, .list]
    public static let footerActions: [Action] = [.toggle, .filter, .refresh]
    public var reloads: [Reload] { [Reload(work: .channels, effect: .loadChannels)] }
    public static let showsBeside = true
    public static func title(in text: Catalogue) -> String { text.paneChannels }
    public static func showHelp(in text: Catalogue) -> String { text.helpShowChannels }

    public func startedOver(for session: SessionInfo) -> ChannelsModel {
        var fresh = ChannelsModel()
        fresh.list.pageSize = list.pageSize
        return fresh
    }
}
