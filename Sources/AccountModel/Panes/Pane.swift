import Localization

/// The panes, in Tab order: the one place they are registered. A pane is a case here, its
/// model's type in `kind`, and a field of `PaneModels` with its line in each of the switches
/// below; the compiler names every line a new case needs (docs/architecture.md, "Add a pane").
/// Its number key (`1`…) and its name in the `[keys]` table (`pane_NAME`) follow from the case.
public enum Pane: String, Sendable, CaseIterable {
    case balance, addresses, channels, requests, accounts, about

    /// The type that answers for it.
    public var kind: any PaneModel.Type {
        switch self {
        case .balance: BalanceModel.self
        case .addresses: AddressListModel.self
        case .channels: ChannelsModel.self
        case .requests: RequestsModel.self
        case .accounts: AccountsModel.self
        case .about: AboutModel.self
        }
    }
}

/// Every pane's state: `AppModel.panes`.
public struct PaneModels: Sendable {
    public internal(set) var balance: BalanceModel
    public internal(set) var addresses = AddressListModel()
    public internal(set) var channels = ChannelsModel()
    public internal(set) var requests = RequestsModel()
    public internal(set) var accounts: AccountsModel
    public internal(set) var about: AboutModel

    init(session: SessionInfo, balance: BalanceModel, profiles: [String]) {
        self.balance = balance
        accounts = AccountsModel(profiles: profiles, live: session.profile)
        about = AboutModel(session: session)
    }

    /// The pane's model, to ask.
    public subscript(pane: Pane) -> any PaneModel {
        switch pane {
        case .balance: balance
        case .addresses: addresses
        case .channels: channels
        case .requests: requests
        case .accounts: accounts
        case .about: about
        }
    }

    /// Does `change` on the pane's model.
    mutating func apply(_ change: PaneChange, to pane: Pane) -> [Effect] {
        switch pane {
        case .balance: change.apply(to: &balance)
        case .addresses: change.apply(to: &addresses)
        case .channels: change.apply(to: &channels)
        case .requests: change.apply(to: &requests)
        case .accounts: change.apply(to: &accounts)
        case .about: change.apply(to: &about)
        }
    }
}

/// What `AppModel` changes on a pane without knowing which one it is.
enum PaneChange {
    case list(ListCommand), resized(pageSize: Int), startOver(SessionInfo)

    func apply<Model: PaneModel>(to model: inout Model) -> [Effect] {
        switch self {
        case .list(let command): return model.perform(command)
        case .resized(let pageSize): model.resized(pageSize: pageSize)
        case .startOver(let session): model = model.startedOver(for: session)
        }
        return []
    }
}

extension Pane {
    public var scopes: [Action.Scope] { kind.scopes + [.global] }
    public var footerActions: [Action] { kind.footerActions }
    public func title(in text: Catalogue) -> String { kind.title(in: text) }
    /// The next pane in Tab order (`by: -1`: the one before), round.
    public func next(by step: Int) -> Pane {
        let all = Pane.allCases, index = all.firstIndex(of: self) ?? 0
        return all[(index + step % all.count + all.count) % all.count]
    }
}
