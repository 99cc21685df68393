import AddressFiles
import AfilnetAPI
import BalanceHistory
import Foundation

/// The account's calls, each answered as the message the model takes (for
/// `EffectContext.perform`): the shared client in the app, the same client against the
/// sandbox in tests.
public struct AccountService: Sendable {
    public let client: AfilnetClient
    /// Where successful reads are kept and the chart reads from (nil: no history).
    public let history: AccountHistory?
    /// Where writes are entered before they leave, for a start after a crash (nil: none kept).
    public let ledger: WriteLedger?

    public init(client: AfilnetClient, history: AccountHistory? = nil, ledger: WriteLedger? = nil) {
        self.client = client
        self.history = history
        self.ledger = ledger
    }

    /// Reads the balance, keeps it in the history, and reads the history back (also after a
    /// failed read: the chart and forecast still stand while the API is away).
    func loadBalance() async -> AppMessage {
        let result = await Self.result { () async throws(AfilnetError) in try await client.balance() }
        guard let history else { return .balanceLoaded(result) }
        let samples: Result<[BalanceSample], HistoryProblem>
        do {
            if case .success(let balance) = result { try history.record(balance.amount, source: .ui) }
            samples = .success(try history.recent())
        } catch {
            samples = .failure(HistoryProblem(error))
        }
        return .balanceLoaded(result, history: samples)
    }

    /// Reads the list; its search text is folded off the loop's thread after the list is
    /// shown (100,000 addresses take a few hundred milliseconds to fold: neither the list nor
    /// the keys wait for that).
    func loadAddresses() async -> AppMessage {
        let result = await Self.result { () async throws(AfilnetError) in try await client.addresses() }
        guard let rows = try? result.get() else { return .addressesLoaded(result, nil) }
        let index = SearchIndex(rows, fields: AddressListModel.searchFields)
        Task.detached(priority: .utility) { index.prepare() }
        return .addressesLoaded(result, index)
    }

    func loadChannels() async -> AppMessage {
        .channelsLoaded(await Self.result { () async throws(AfilnetError) in try await client.channels() })
    }

    func add(_ address: NewAddress, known: [Address], from origin: WriteOrigin) async -> AppMessage {
        let before = known.filter { $0.matches(address) }.map(\.id)
        return .addressAdded(address, await write(.add(address), before: before, from: origin) { () async throws(AfilnetError) in
            try await client.addAddress(address, knownAddresses: known)
        }, from: origin)
    }

    func delete(_ id: Int64, from origin: WriteOrigin) async -> AppMessage {
        .addressDeleted(id: id, await write(.delete(id), from: origin) { () async throws(AfilnetError) in
            try await client.deleteAddress(id: id)
        }, from: origin)
    }

    func setChannel(_ name: String, active: Bool, from origin: WriteOrigin) async -> AppMessage {
        .channelSwitched(name: name, active: active, await write(.channel(name, active: active), from: origin) { () async throws(AfilnetError) in
            try await client.setChannel(name, active: active)
        }, from: origin)
    }

    /// A write, entered in the ledger (if one is kept) before it leaves and left with its
    /// outcome; an outcome not known stays entered, for the next start to settle by a read.
    private func write(
        _ intent: WriteIntent, before: [Int64] = [], from origin: WriteOrigin, _ send: () async throws(AfilnetError) -> WriteReceipt
    ) async -> Result<WriteReceipt, AfilnetError> {
        let ticket = ledger?.enter(intent, account: origin.account, profile: origin.profile, before: before)
        let result = await Self.result(send)
        if let ticket, let ledger {
            switch result {
            case .success: ledger.leave(ticket, outcome: .applied)
            case .failure(.writeOutcomeUnknown): break
            case .failure: ledger.leave(ticket, outcome: .notApplied)
            }
        }
        return result
    }

    /// Writes `entries` as JSON Lines under `folder`.
    func export(_ entries: [JournalEntry], to folder: String) -> AppMessage {
        export(.requests, count: entries.count, to: folder, name: "requests", suffix: "jsonl") { path in
            try RequestJournal.lines(entries).write(to: URL(fileURLWithPath: path))
        }
    }

    /// Writes `addresses` as CSV under `folder`.
    func export(_ addresses: [Address], to folder: String) -> AppMessage {
        export(.addresses, count: addresses.count, to: folder, name: "addresses", suffix: "csv") { path in
            try AddressFileWriter.write(addresses, format: .csv, to: path)
        }
    }

    /// A file under `folder` (created 0700), named by the list and the time.
    private func export(
        _ list: ExportedList, count: Int, to folder: String, name: String, suffix: String, write: (String) throws -> Void
    ) -> AppMessage {
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let path = folder + "/\(name)-\(Int(Date().timeIntervalSince1970)).\(suffix)"
            try write(path)
            return .exported(list, count: count, path: path, problem: nil)
        } catch {
            return .exported(list, count: 0, path: nil, problem: "\(error.localizedDescription)")
        }
    }

    private static func result<T>(_ work: () async throws(AfilnetError) -> T) async -> Result<T, AfilnetError> {
        do { return .success(try await work()) } catch { return .failure(error) }
    }
}
