import AfilnetAPI

/// What became of a write cut short by the end of the last session (`WriteLedger`), told
/// from the account as it is read now: never by sending it again.
public enum WriteSettlement: Sendable, Equatable {
    case added(NewAddress)
    /// Not added: the form gets it back, to send again if the user wants to.
    case notAdded(NewAddress)
    case deleted(Int64)
    case notDeleted(Int64)
    /// The channel as it is now, and whether that is what was asked.
    case channel(String, isActive: Bool, asked: Bool)

    /// Settles `intent` from the lists read now (`before`: for an add, the ids of addresses
    /// with its fields before it was sent); nil when the list it needs is not read yet.
    public static func settle(_ intent: WriteIntent, before: [Int64], addresses: [Address]?, channels: [Channel]?) -> WriteSettlement? {
        switch intent {
        case .add(let address):
            guard let addresses else { return nil }
            let now = Set(addresses.filter { $0.matches(address) }.map(\.id))
            return now.subtracting(before).isEmpty ? .notAdded(address) : .added(address)
        case .delete(let id):
            guard let addresses else { return nil }
            return addresses.contains { $0.id == id } ? .notDeleted(id) : .deleted(id)
        case .channel(let name, let active):
            guard let channels else { return nil }
            // A channel gone from the list is not on.
            let isActive = channels.first { $0.name == name }?.isActive ?? false
            return .channel(name, isActive: isActive, asked: active)
        }
    }
}
