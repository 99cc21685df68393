import AfilnetAPI

/// The channel list with optimistic toggles: a switch shows at once; if the server refuses,
/// the row goes back and the status line says why.
public struct ChannelsModel: Sendable {
    /// The table's columns (type, name, active); their titles are the catalogue's.
    public static let columnCount = 3

    public var list = ListState<Channel>(
        fields: { channel in [channel.name, channel.type] },
        compare: { a, b, column in
            switch column {
            case 0: (a.type, a.name) < (b.type, b.name)
            case 2: (a.isActive ? 1 : 0, a.name) < (b.isActive ? 1 : 0, b.name)
            default: a.name < b.name
            }
        })
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

    /// Flips the selected channel on screen; returns its name and new state to send.
    mutating func toggleSelected() -> (String, Bool)? {
        guard let channel = list.selected, pending[channel.name] == nil else { return nil }
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
