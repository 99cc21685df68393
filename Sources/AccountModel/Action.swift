/// Everything a key can do. One table (`KeyMap`) binds keys to these; dispatch, the footer and
/// the `?` help all read that same table.
public enum Action: String, Sendable, CaseIterable {
    case quit, help, nextPane = "next_pane", previousPane = "previous_pane"
    case showBalance = "pane_balance", showAddresses = "pane_addresses", showChannels = "pane_channels"
    case showRequests = "pane_requests"
    case up, down, pageUp = "page_up", pageDown = "page_down", top, bottom
    case refresh, filter, sort, add, delete, toggle, open, export, profiles, redraw

    /// Which part of the UI the action belongs to: the footer shows the focused pane's.
    public enum Scope: Sendable { case global, list, addresses, channels, requests }

    public var scope: Scope {
        switch self {
        case .quit, .help, .nextPane, .previousPane, .showBalance, .showAddresses, .showChannels, .showRequests, .refresh,
            .profiles, .redraw:
            .global
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .filter, .sort, .open: .list
        case .add, .delete: .addresses
        case .toggle: .channels
        case .export: .requests
        }
    }

    /// Whether the action sends a write request (refused in read-only mode).
    public var writes: Bool { self == .add || self == .delete || self == .toggle }
}
