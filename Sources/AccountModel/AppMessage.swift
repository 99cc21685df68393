import AfilnetAPI
import Foundation

/// Everything that reaches the model: keys, finished requests, timer ticks, resizes. The
/// front end's one loop feeds these in order; the model never blocks and never draws.
public enum AppMessage: Sendable {
    case key(Key)
    /// Text the terminal delivered as one paste (bracketed paste): it goes into the open
    /// text field, never into key bindings, so a pasted "dy" cannot delete anything.
    case paste(String)
    /// ^C (SIGINT): quits, but with unsent input in the form asks first, as `q` does; a
    /// second ^C while it asks quits.
    case interrupted
    /// A click the front end has placed: on a pane's tab, or on a row of the focused list
    /// (`activate`: on the row's action cell, e.g. a channel's on/off).
    case clickTab(Pane)
    case clickRow(position: Int, activate: Bool)
    /// Mouse wheel over the focused list: rows to move.
    case wheel(Int)
    /// A new terminal size, and how many table rows the front end's layout shows.
    case resized(columns: Int, rows: Int, pageSize: Int)
    case tick(Date)
    case balanceLoaded(Result<Balance, AfilnetError>)
    /// The address list, with its search index when it was built off the loop's thread.
    case addressesLoaded(Result<[Address], AfilnetError>, SearchIndex? = nil)
    /// A sort or filter of a large address list, worked out off the loop's thread (nil:
    /// overtaken by a newer one).
    case addressesDerived(ListState<Address>.Derived?)
    case channelsLoaded(Result<[Channel], AfilnetError>)
    case addressAdded(Result<WriteReceipt, AfilnetError>)
    case addressDeleted(id: Int64, Result<WriteReceipt, AfilnetError>)
    case channelSwitched(name: String, active: Bool, Result<WriteReceipt, AfilnetError>)
    case journalAppended(JournalEntry)
    /// Another profile is live (or could not be opened: `problem`).
    case profileOpened(ProfileConnection?, problem: String?)
    /// The request list was written to `path`, or could not be (`problem`).
    case exported(path: String?, problem: String?)
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

/// Work the model asks for: runs off the UI thread, comes back as a message.
public typealias Effect = @Sendable () async -> AppMessage

/// The account as the view-models use it: the shared client in the app, the same client
/// against the sandbox in tests.
public struct AccountService: Sendable {
    public let client: AfilnetClient

    public init(client: AfilnetClient) { self.client = client }

    func loadBalance() -> Effect {
        { [client] in .balanceLoaded(await Self.result { () async throws(AfilnetError) in try await client.balance() }) }
    }

    /// Reads the list and folds its search text here, off the loop's thread (100,000
    /// addresses take tens of milliseconds to fold: keys must not wait for that).
    func loadAddresses() -> Effect {
        { [client] in
            let result = await Self.result { () async throws(AfilnetError) in try await client.addresses() }
            let index = try? result.get().count >= AddressListModel.indexOffThreadFrom
                ? SearchIndex(result.get(), fields: AddressListModel.searchFields) : nil
            return .addressesLoaded(result, index)
        }
    }

    func loadChannels() -> Effect {
        { [client] in .channelsLoaded(await Self.result { () async throws(AfilnetError) in try await client.channels() }) }
    }

    func add(_ address: NewAddress, known: [Address]) -> Effect {
        { [client] in
            .addressAdded(await Self.result { () async throws(AfilnetError) in
                try await client.addAddress(address, knownAddresses: known)
            })
        }
    }

    func delete(_ id: Int64) -> Effect {
        { [client] in .addressDeleted(id: id, await Self.result { () async throws(AfilnetError) in try await client.deleteAddress(id: id) }) }
    }

    func setChannel(_ name: String, active: Bool) -> Effect {
        { [client] in
            .channelSwitched(name: name, active: active, await Self.result { () async throws(AfilnetError) in
                try await client.setChannel(name, active: active)
            })
        }
    }

    /// Writes `entries` as JSON Lines under `folder` (created 0700), named by the time.
    func export(_ entries: [JournalEntry], to folder: String) -> Effect {
        {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                let path = folder + "/requests-\(Int(Date().timeIntervalSince1970)).jsonl"
                try RequestJournal.lines(entries).write(to: URL(fileURLWithPath: path))
                return .exported(path: path, problem: nil)
            } catch {
                return .exported(path: nil, problem: "\(error.localizedDescription)")
            }
        }
    }

    private static func result<T>(_ work: () async throws(AfilnetError) -> T) async -> Result<T, AfilnetError> {
        do { return .success(try await work()) } catch { return .failure(error) }
    }
}
