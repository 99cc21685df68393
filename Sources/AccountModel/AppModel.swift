import AfilnetAPI
import Foundation
import Localization

/// The whole UI state, updated only by `handle(_:)`, one message at a time. The front end
/// renders it and forwards keys; it never changes it directly.
@dynamicMemberLookup
public struct AppModel: Sendable {
    /// A pane's state by its name in `PaneModels`, to read.
    public subscript<T>(dynamicMember keyPath: KeyPath<PaneModels, T>) -> T { panes[keyPath: keyPath] }

    public internal(set) var session: SessionInfo
    public let keys: KeyMap
    /// Every word on screen, in the user's language.
    public let text: Catalogue
    public internal(set) var focus: Pane = .balance
    public internal(set) var overlay: Overlay = .none
    /// Every pane's state (`Pane` registers them); `model.addresses` reads `model.panes.addresses`.
    public internal(set) var panes: PaneModels
    /// The marked addresses being deleted, one at a time.
    public internal(set) var bulk: BulkDelete?
    public internal(set) var form = AddressFormModel()
    public internal(set) var status: StatusMessage?
    public private(set) var size = (columns: 80, rows: 24)
    /// Reads on their way, by what they load, with when they started (for the spinner).
    public internal(set) var reads: [Work: Date] = [:]
    /// Writes on their way: the one record of them (`WritesInFlight`), across profile switches.
    public internal(set) var writes = WritesInFlight()
    /// Writes the last session left without an answer (`WriteLedger`), until the lists
    /// they concern are read and they are settled.
    public internal(set) var unsettled: [WriteLedger.Unsettled] = []
    /// Every request on its way, reads and writes, with when it started (for the spinner).
    public var inFlight: [Work: Date] {
        reads.merging(writes.all.map { ($0.intent.work, $0.since) }) { first, _ in first }
    }
    public private(set) var now = Date()
    public private(set) var wantsToQuit = false
    /// The user asked for the whole screen to be drawn again (^L): the front end takes it
    /// (`takeRepaintRequest`).
    public internal(set) var repaintRequested = false
    /// The filter text as it is being typed (empty when the `/` line is not open).
    public var filterDraft: String { overlay.typedFilter?.text ?? "" }

    public static let spinnerDelay: TimeInterval = 0.15
    /// Where `e` in the request pane writes (beside the journal).
    public let exportFolder: String

    /// Whom effects talk to (handed to `EffectContext.perform`; the model never calls it).
    public internal(set) var context: EffectContext
    /// The config's profile names, for the switcher (`p`).
    public let profileNames: [String]
    /// The switcher's chosen row (0 when it is not open).
    public var profileSelection: Int { if case .profiles(let selection) = overlay { selection } else { 0 } }

    public init(
        session: SessionInfo, service: AccountService, keys: KeyMap = KeyMap(), language: Language = .english,
        balance: BalanceModel = BalanceModel(), profiles: [String] = [], openProfile: ProfileOpener? = nil,
        readAccount: AccountReader? = nil,
        exportFolder: String = RequestJournal.stateFolder + "/exports"
    ) {
        self.session = session
        self.context = EffectContext(
            service: service, origin: WriteOrigin(session: 0, account: session.account, profile: session.profile), openProfile: openProfile,
            readAccount: readAccount)
        self.keys = keys
        self.text = language.catalogue
        self.panes = PaneModels(session: session, balance: balance, profiles: profiles)
        self.profileNames = profiles
        self.exportFolder = exportFolder
    }

    /// The first loads, started with the UI at `date`.
    public mutating func start(at date: Date = Date()) -> [Effect] {
        now = date
        return [loadBalance(), loadAddresses(), loadChannels()].compactMap { $0 }
    }

    /// Whether the screen is to be drawn whole again (^L); asking clears it.
    public mutating func takeRepaintRequest() -> Bool {
        defer { repaintRequested = false }
        return repaintRequested
    }

    /// Whether `work` is on its way for the live account (loading, deleting, switching,
    /// adding): read from `reads` and the record of writes, the only places "busy" is kept.
    public func isInFlight(_ work: Work) -> Bool {
        reads[work] != nil || writes.sent(to: session.account).contains { $0.intent.work == work }
    }

    /// Who writes go to now (answers carry it back).
    public var origin: WriteOrigin { context.origin }

    /// The form's address is on its way (sent from this session): the form is kept, locked,
    /// until its outcome is known.
    public var formIsSending: Bool {
        writes.all.contains { entry in
            if case .add = entry.intent { entry.origin.session == origin.session } else { false }
        }
    }

    /// Whether a spinner should show: some request has taken longer than ~150 ms.
    public var isBusy: Bool {
        reads.values.contains { now.timeIntervalSince($0) >= Self.spinnerDelay }
            || writes.all.contains { now.timeIntervalSince($0.since) >= Self.spinnerDelay }
    }

    /// How long the loop may sleep without a key or an answer: 100 ms while a request is on
    /// its way (the spinner), a second otherwise (the "read N s ago" text, status expiry,
    /// auto-refresh); nil when nothing on screen changes by itself.
    public var tickInterval: Duration? {
        if !reads.isEmpty || !writes.isEmpty { return .milliseconds(100) }
        return status?.expires != nil || panes.balance.refreshInterval > 0 || panes.balance.attemptedAt != nil ? .seconds(1) : nil
    }

    public mutating func handle(_ message: AppMessage) -> [Effect] {
        switch message {
        case .key, .paste, .interrupted, .clickTab, .clickRow, .wheel, .resized, .tick: handleInput(message)
        case .balanceLoaded, .addressesLoaded, .addressesDerived, .channelsLoaded, .accountRead: handleRead(message)
        case .addressAdded, .addressDeleted, .channelSwitched: handleWriteAnswer(message)
        case .journalAppended, .profileOpened, .notice, .draftRestored, .unsettledWrites, .exported: handleSession(message)
        }
    }

    /// What the user did: keys, pastes, ^C, clicks, the wheel; and the terminal and the clock.
    private mutating func handleInput(_ message: AppMessage) -> [Effect] {
        switch message {
        case .key(let key):
            if status?.kind == .error { status = nil }
            return handleKey(key)
        case .paste(let pasted):
            if status?.kind == .error { status = nil }
            return paste(pasted)
        case .interrupted:
            if asksBeforeQuitting, overlay != .confirmQuit { overlay = .confirmQuit } else { wantsToQuit = true }
        case .clickTab(let pane):
            guard overlay == .none else { return [] }
            return show(pane)
        case .clickRow(let position, let activate):
            guard overlay == .none else { return [] }
            moveFocusedList(.to(position))
            return activate ? perform(.toggle) : []
        case .wheel(let rows):
            guard overlay == .none else { return [] }
            moveFocusedList(.by(rows))
            return []
        case .resized(let columns, let rows, let pageSize):
            size = (columns, rows)
            for pane in Pane.allCases { _ = panes.apply(.resized(pageSize: pageSize), to: pane) }
            return []
        case .tick(let date):
            now = date
            if let expires = status?.expires, expires <= date { status = nil }
            if panes.balance.isDue(at: date), let effect = loadBalance() { return [effect] }
            return []
        default: break  // another family's: `handle` sends each to its own
        }
        return []
    }

    // MARK: Keys

    private mutating func handleKey(_ key: Key) -> [Effect] {
        // A control key bound to redraw works over any overlay, the form included: it types
        // nothing, and a garbled screen is no less garbled with a dialog open.
        if case .control = key, keys.keys(for: .redraw).contains(key) {
            repaintRequested = true
            return []
        }
        switch overlay {
        case .form: return formKey(key)
        case .filterLine(let line): return filterKey(key, line)
        case .confirmDelete(let address): return confirmDeleteKey(key, address)
        case .confirmBulkDelete: return confirmBulkDeleteKey(key)
        case .confirmQuit:
            if keys.action(for: key, in: [.confirm]) == .confirmYes { wantsToQuit = true }
            overlay = .none
            return []
        case .confirmSwitch(let profile):
            overlay = .none
            guard keys.action(for: key, in: [.confirm]) == .confirmYes else { return [] }
            return openProfile(profile)
        case .profiles(let selection): return profileKey(key, selection)
        case .help, .addressDetail, .requestDetail:
            overlay = .none
            return []
        case .none:
            guard let action = keys.action(for: key, in: scopes) else { return [] }
            return perform(action)
        }
    }

    /// The scopes of the focused pane, most specific first.
    public var scopes: [Action.Scope] { focus.scopes }

    private mutating func perform(_ action: Action) -> [Effect] {
        if action.writes, session.readOnly {
            warn(text.readOnlyRefused(session.profile, action.label(in: text)))
            return []
        }
        switch action {
        case .quit:
            if asksBeforeQuitting { overlay = .confirmQuit } else { wantsToQuit = true }
        case .help: overlay = .help
        case .nextPane: return show(focus.next(by: 1))
        case .previousPane: return show(focus.next(by: -1))
        case .show(let pane): return show(pane)
        case .refresh: return refreshFocused()
        case .up: moveFocusedList(.by(-1))
        case .down: moveFocusedList(.by(1))
        case .pageUp: moveFocusedList(.pageUp)
        case .pageDown: moveFocusedList(.pageDown)
        case .top: moveFocusedList(.top)
        case .bottom: moveFocusedList(.bottom)
        case .filter: overlay = .filterLine(LineEditor(panes[focus].filterText))
        case .sort: return sortNext()
        case .open:
            switch panes[focus].opened() {
            case .overlay(let opened)?: overlay = opened
            case .profile(let name)?: return switchProfile(to: name)
            case nil: break
            }
        case .add:
            // A form whose address is on its way opens as it is, still locked (`formIsSending`).
            overlay = .form
            prepareCityHelp()
        case .delete:
            guard bulk == nil else { return [] }
            if !panes.addresses.marked.isEmpty {
                overlay = .confirmBulkDelete(panes.addresses.marked.count)
            } else if let address = panes.addresses.list.selected {
                overlay = .confirmDelete(address)
            }
        case .mark: panes.addresses.toggleMark()
        case .markAll: panes.addresses.toggleMarkAll()
        case .stop:
            guard bulk != nil else { return [] }
            bulk?.stop()
            say(text.bulkStopping)
        case .redraw: repaintRequested = true
        case .chartRange: panes.balance.nextRange()
        case .profiles:
            guard context.openProfile != nil, !profileNames.isEmpty else {
                warn(text.noProfiles)
                return []
            }
            overlay = .profiles(selection: profileNames.firstIndex(of: session.profile) ?? 0)
        case .export:
            let entries = panes.requests.list.visible.map { panes.requests.list.rows[$0] }
            return [.exportRequests(entries, folder: exportFolder)]
        case .exportList:
            // What the filter shows, in the order shown.
            return [.exportAddresses(panes.addresses.list.visible.map { panes.addresses.list.rows[$0] }, folder: exportFolder)]
        case .formNext, .formPrevious, .formSend, .formClose, .filterKeep, .filterClear, .confirmYes, .profileUp, .profileDown,
            .profileSwitch, .profileCancel, .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBack, .deleteForward,
            .deleteWord, .deleteToEnd, .clearLine:
            break  // the overlays' own: `handleKey` gives them to the open overlay, never here
        case .toggle:
            guard focus == .channels, let channel = panes.channels.list.selected else { return [] }
            let intent = WriteIntent.channel(channel.name, active: !channel.isActive)
            guard enter(intent) else { return [] }
            panes.channels.toggleSelected()
            return [.switchChannel(name: channel.name, active: !channel.isActive)]
        }
        return []
    }

    private mutating func moveFocusedList(_ move: ListMove) {
        _ = onFocusedList(.move(move))
    }

    /// A move, sort or filter on the focused pane's list (if it has one): the pane does it,
    /// at once or off the loop's thread (`PaneModel.perform`).
    mutating func onFocusedList(_ command: ListCommand) -> [Effect] {
        panes.apply(.list(command), to: focus)
    }

    private mutating func sortNext() -> [Effect] { onFocusedList(.sortNext) }

    /// A large address list's sort or filter, run off the loop's thread; its result comes
    /// back as a message (the screen marks the list meanwhile).
    func deriving(_ job: ListState<Address>.Derivation?) -> [Effect] {
        guard let job else { return [] }
        return [.deriveAddresses(job)]
    }

    mutating func addressAdded(_ result: Result<WriteReceipt, AfilnetError>) -> [Effect] {
        switch result {
        case .success(let receipt):
            form = AddressFormModel()
            if overlay == .form { overlay = .none }
            focus = .addresses
            if case .confirmedAfterLostAnswer = receipt {
                say(text.addressAddedAfterLostAnswer)
            } else {
                say(text.addressAdded)
            }
            return loadAddresses().map { [$0] } ?? []
        case .failure(let error):
            form.refused(error)
            overlay = .form
            report(error, text.addFailed)
            return []
        }
    }

    /// Focuses `pane`, with the reads it wants the first time it is shown.
    mutating func show(_ pane: Pane) -> [Effect] {
        focus = pane
        return panes[pane].firstReads().compactMap { load($0.work, $0.effect) }
    }

    // MARK: Loading

    private mutating func refreshFocused() -> [Effect] {
        panes[focus].reloads.compactMap { load($0.work, $0.effect) }
    }

    /// A read, unless the same one is already on its way.
    private mutating func load(_ work: Work, _ effect: Effect) -> Effect? {
        guard reads[work] == nil else { return nil }
        reads[work] = now
        return effect
    }

    mutating func loadBalance() -> Effect? { load(.balance, .loadBalance) }
    mutating func loadAddresses() -> Effect? { load(.addresses, .loadAddresses) }
    mutating func loadChannels() -> Effect? { load(.channels, .loadChannels) }

    // MARK: Status

    mutating func say(_ text: String) {
        status = StatusMessage(text: text, kind: .info, expires: now.addingTimeInterval(5))
    }

    mutating func warn(_ text: String) {
        status = StatusMessage(text: text, kind: .warning, expires: now.addingTimeInterval(8))
    }

    /// An error stays until the next key; `sentence` says what failed, around the error.
    mutating func report(_ error: AfilnetError, _ sentence: (String) -> String) {
        status = StatusMessage(text: sentence(error.text(in: text)), kind: .error, expires: nil)
    }
}

