import AfilnetAPI
import Localization

/// A write the user asked for, by what it sends (its method and parameters): two asks of
/// the same intent are one, whichever key, click or overlay they came from.
public enum WriteIntent: Sendable, Hashable, Codable {
    case add(NewAddress)
    case delete(Int64)
    case channel(String, active: Bool)

    /// What two writes in flight must not share (docs/architecture.md, "Writes in flight"):
    /// the same address's fields, the same id, the same channel (either way: two switches of
    /// one channel racing would leave it in whichever state the server took last).
    public enum Slot: Sendable, Hashable {
        case add(NewAddress)
        case delete(Int64)
        case channel(String)
    }

    public var slot: Slot {
        switch self {
        case .add(let address): .add(address)
        case .delete(let id): .delete(id)
        case .channel(let name, _): .channel(name)
        }
    }

    /// The channel it switches, if it is a switch.
    public var channelName: String? {
        if case .channel(let name, _) = self { name } else { nil }
    }

    /// The API method it calls.
    public var method: APIMethod {
        switch self {
        case .add: .addaddress
        case .delete: .deleteaddress
        case .channel: .modifychannel
        }
    }

    /// Its parameters as the journal shows them (no secret among them).
    public var parameters: [String: String] {
        switch self {
        case .add(let address): Dictionary(address.parameters, uniquingKeysWith: { first, _ in first })
        case .delete(let id): [APIField.idaddress.rawValue: String(id)]
        case .channel(let name, let active): [APIField.channelname.rawValue: name, APIField.active.rawValue: active ? "1" : "0"]
        }
    }

    /// The spinner's word for it.
    public var work: Work {
        switch self {
        case .add: .add
        case .delete(let id): .delete(id)
        case .channel(let name, _): .channel(name)
        }
    }

    /// "the address 'Mari Tamm, Tallinn'", "deleting address 1001", "switching sms on".
    public func text(in text: Catalogue) -> String {
        switch self {
        case .add(let address): text.intentAdd(address.contactName, address.cityName)
        case .delete(let id): text.intentDelete(id)
        case .channel(let name, let active): text.intentChannel(name, active)
        }
    }
}
