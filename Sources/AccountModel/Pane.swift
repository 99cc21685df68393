/// The panes, in Tab order, and what each answers alike: the key scopes it adds, the actions
/// its footer names, the action (key) that shows it, and what a refresh reloads. One table:
/// a new pane is a case here, its view-model, and its drawing.
public enum Pane: Int, Sendable, CaseIterable {
    case balance, addresses, channels, requests

    /// The key-table scopes active while it is focused, most specific first.
    public var scopes: [Action.Scope] {
        switch self {
        case .balance: [.balance, .global]
        case .addresses: [.addresses, .list, .global]
        case .channels: [.channels, .list, .global]
        case .requests: [.requests, .list, .global]
        }
    }

    /// What its footer names, besides help, quit, Tab and the arrows.
    public var footerActions: [Action] {
        switch self {
        case .balance: [.chartRange, .refresh]
        case .addresses: [.add, .delete, .mark, .open, .filter, .sort, .refresh]
        case .channels: [.toggle, .filter, .refresh]
        case .requests: [.open, .export, .filter, .sort]
        }
    }

    /// The action whose key shows it (its tab's number).
    public var showAction: Action {
        switch self {
        case .balance: .showBalance
        case .addresses: .showAddresses
        case .channels: .showChannels
        case .requests: .showRequests
        }
    }

    /// What `refresh` reads again, and the work it counts as (nil: nothing to read; the
    /// journal is local).
    var reload: (work: Work, effect: Effect)? {
        switch self {
        case .balance: (.balance, .loadBalance)
        case .addresses: (.addresses, .loadAddresses)
        case .channels: (.channels, .loadChannels)
        case .requests: nil
        }
    }
}
