import AfilnetAPI
import Foundation

/// Work the model asks for, as a value: what to do, never how. `EffectContext.perform` does
/// it off the UI thread and answers with a message; a test can read what was asked
/// ("Enter on this form asks to add cityid 99") without any server.
public enum Effect: Sendable {
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

/// Whom the effects talk to: the live profile's service, and how another profile is opened
/// (the switcher). The model keeps it as data and hands it over; only `perform` calls it.
public struct EffectContext: Sendable {
    public var service: AccountService
    /// Who writes go to now: their answers carry it back (`WritesInFlight`).
    public internal(set) var origin: WriteOrigin
    public let openProfile: ProfileOpener?

    public init(service: AccountService, origin: WriteOrigin, openProfile: ProfileOpener? = nil) {
        self.service = service
        self.origin = origin
        self.openProfile = openProfile
    }

    /// Does `effect` and says how it went.
    public func perform(_ effect: Effect) async -> AppMessage {
        switch effect {
        case .loadBalance: return await service.loadBalance()
        case .loadAddresses: return await service.loadAddresses()
        case .loadChannels: return await service.loadChannels()
        case .addAddress(let address, let known): return await service.add(address, known: known, from: origin)
        case .deleteAddress(let id): return await service.delete(id, from: origin)
        case .switchChannel(let name, let active): return await service.setChannel(name, active: active, from: origin)
        case .exportRequests(let entries, let folder): return service.export(entries, to: folder)
        case .exportAddresses(let addresses, let folder): return service.export(addresses, to: folder)
        case .deriveAddresses(let job): return .addressesDerived(job.run())
        case .settleWrites(let tickets):
            service.ledger?.settle(tickets)
            return .tick(Date())  // nothing to say: what was settled was said already
        case .settleWrite(let intent, let account):
            if let ledger = service.ledger { ledger.settle(ledger.unsettled(account: account).filter { $0.intent == intent }.map(\.id)) }
            return .tick(Date())  // nothing to say: what was settled was said already
        case .openProfile(let name):
            guard let openProfile else { return .profileOpened(nil, problem: nil) }
            switch await openProfile(name) {
            case .success(let connection): return .profileOpened(connection, problem: nil)
            case .failure(let problem): return .profileOpened(nil, problem: problem.text)
            }
        }
    }
}

/// A profile opened for the UI: who and where, and the service to talk to it.
public struct ProfileConnection: Sendable {
    public let session: SessionInfo
    public let service: AccountService

    public init(session: SessionInfo, service: AccountService) {
        self.session = session
        self.service = service
    }
}

/// Opens a profile by name (credentials from the environment, password_command or the file:
/// there is no prompt while the UI owns the terminal).
public typealias ProfileOpener = @Sendable (String) async -> Result<ProfileConnection, ProfileProblem>

public struct ProfileProblem: Error, Sendable {
    public let text: String
    public init(_ text: String) { self.text = text }
}
