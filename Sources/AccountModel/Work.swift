import Localization

/// A request on its way, named for the spinner.
public enum Work: Sendable, Hashable {
    case balance, addresses, channels, add, profile
    case delete(Int64)
    case channel(String)
    /// An account of the Accounts pane, by profile.
    case account(String)

    public func text(in text: Catalogue) -> String {
        switch self {
        case .balance: text.workBalance
        case .addresses: text.workAddresses
        case .channels: text.workChannels
        case .add: text.workAdd
        case .profile: text.workProfile
        case .delete(let id): text.workDelete(id)
        case .channel(let name): text.workChannel(name)
        case .account(let profile): text.accounts.reading(profile)
        }
    }
}
