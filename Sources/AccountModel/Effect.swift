import AfilnetAPI
import Foundation

/// Work the model asks for, as a value: what to do, never how. `EffectContext.perform` does
/// it off the UI thread and answers with a message; a test can read what was asked
/// ("Enter on this form asks to add cityid 99") without any server.
public enum Effect: Sendable, Equatable {
    case loadBalance
    case loadAddresses
    case loadChannels
    /// `known`: the list as the model has it, to reconcile a lost answer (`AfilnetClient`).
    case addAddress(NewAddress, known: [Address])
    case deleteAddress(id: Int64)
    case switchChannel(name: String, active: Bool)
    /// Writes the entries as JSON Lines under `folder`.
    case exportRequests([JournalEntry], folder: String)
    /// Writes the addresses as CSV under `folder`.
    case exportAddresses([Address], folder: String)
    case openProfile(String)
    /// One account of the Accounts pane read (`AccountReader`).
    case readAccount(String)
    /// Marks the ledger's writes of the last session as settled by a read (their tickets).
    case settleWrites([String])
    /// Marks a write of this session whose answer was lost as settled by a read.
    case settleWrite(WriteIntent, account: String)
    /// A large address list's sort or filter, worked out off the loop's thread.
    case deriveAddresses(ListState<Address>.Derivation)
}

extension Effect {
    /// The write this effect sends, if it is one (monkeys keep their own ledger of them).
    public var writeIntent: WriteIntent? {
        switch self {
        case .addAddress(let address, _): .add(address)
        case .deleteAddress(let id): .delete(id)
        case .switchChannel(let name, let active): .channel(name, active: active)
        default: nil
        }
    }
}
