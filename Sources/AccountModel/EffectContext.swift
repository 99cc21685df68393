import AfilnetAPI
import Foundation

/// Whom the effects talk to: the live profile's service, and how another profile is opened
/// (the switcher). The model keeps it as data and hands it over; only `perform` calls it.
public struct EffectContext: Sendable {
    public var service: AccountService
    /// Who writes go to now: their answers carry it back (`WritesInFlight`).
    public internal(set) var origin: WriteOrigin
    public let openProfile: ProfileOpener?
    /// Reads an account of config.toml for the Accounts pane.
    public let readAccount: AccountReader?

    public init(service: AccountService, origin: WriteOrigin, openProfile: ProfileOpener? = nil, readAccount: AccountReader? = nil) {
        self.service = service
        self.origin = origin
        self.openProfile = openProfile
        self.readAccount = readAccount
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
        case .readAccount(let profile):
            guard let readAccount else {
                return .accountRead(AccountReading(profile: profile, user: "", endpoint: "", wayIn: "", state: .failed("")))
            }
            return .accountRead(await readAccount(profile))
        case .openProfile(let name):
            guard let openProfile else { return .profileOpened(nil, problem: nil) }
            switch await openProfile(name) {
            case .success(let connection): return .profileOpened(connection, problem: nil)
            case .failure(let problem): return .profileOpened(nil, problem: problem.text)
            }
        }
    }
}
