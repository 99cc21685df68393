import AfilnetAPI
import Foundation

/// A start after a session that ended with writes on their way: once the lists they concern
/// are read, each is settled from what the account holds and said; an add that did not
/// happen goes back into the form. Nothing is resent (docs/architecture.md, "Writes in
/// flight").
extension AppModel {
    /// Settles what the lists read so far can settle; the ledger's effect for those settled.
    mutating func settleUnsettled() -> [Effect] {
        guard !unsettled.isEmpty else { return [] }
        let addressRows = panes.addresses.loaded && panes.addresses.error == nil ? panes.addresses.list.rows : nil
        let channelRows = panes.channels.loaded && panes.channels.error == nil ? panes.channels.list.rows : nil
        var settledIDs: [String] = []
        var said: [String] = []
        var left: [WriteLedger.Unsettled] = []
        for write in unsettled {
            guard let settlement = WriteSettlement.settle(write.intent, before: write.before, addresses: addressRows, channels: channelRows) else {
                left.append(write)
                continue
            }
            settledIDs.append(write.id)
            said.append(describe(settlement))
            if case .notAdded(let address) = settlement, !form.hasInput || form.holds(address) {
                form = AddressFormModel(address)
            } else if case .added(let address) = settlement, form.holds(address) {
                form = AddressFormModel()
            }
        }
        unsettled = left
        guard !settledIDs.isEmpty else { return [] }
        status = StatusMessage(text: said.joined(separator: " "), kind: .warning)
        return [.settleWrites(settledIDs)]
    }

    private func describe(_ settlement: WriteSettlement) -> String {
        switch settlement {
        case .added(let address): text.settledAdded(WriteIntent.add(address).text(in: text))
        case .notAdded(let address): text.settledNotAdded(WriteIntent.add(address).text(in: text), keys.label(for: .add, in: text))
        case .deleted(let id): text.settledDeleted(id, true)
        case .notDeleted(let id): text.settledDeleted(id, false)
        case .channel(let name, let isActive, let asked): text.settledChannel(name, isActive, isActive == asked)
        }
    }
}
