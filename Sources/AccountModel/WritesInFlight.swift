import Foundation

/// Which session of which account a write was sent from: answers carry it back, so an
/// answer that comes after a profile switch is told apart from the live session's.
public struct WriteOrigin: Sendable, Hashable {
    /// Counts profile switches: 0 for the account the UI started on.
    public let session: Int
    /// `user@endpoint`: the same account reached again after switching away and back is
    /// the same account, and the same write must not go to it twice.
    public let account: String
    /// The profile's name, for what is said of an answer after a switch.
    public let profile: String

    public init(session: Int, account: String, profile: String) {
        self.session = session
        self.account = account
        self.profile = profile
    }
}

/// The one record of writes on their way (docs/architecture.md, "Writes in flight"): an
/// intent is entered before its request leaves and left when its outcome is known. While
/// it is in, the same intent (`WriteIntent.Slot`) cannot be entered again for that account,
/// from any path of keys; different intents may overlap.
public struct WritesInFlight: Sendable {
    public struct Entry: Sendable, Equatable {
        public let intent: WriteIntent
        public let origin: WriteOrigin
        public let since: Date
        /// For an add: the ids of addresses with the same fields before it was sent.
        public let before: [Int64]
        /// Its answer was lost and the client's own check failed: it stays in until a read
        /// of the list settles it (`WriteSettlement`).
        public internal(set) var unknownSince: Date?
        public var unknown: Bool { unknownSince != nil }
    }

    private struct Place: Hashable {
        let account: String
        let slot: WriteIntent.Slot
    }

    private var entries: [Place: Entry] = [:]

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
    /// Every write on its way, oldest first.
    public var all: [Entry] { entries.values.sorted { ($0.since, $0.origin.session) < ($1.since, $1.origin.session) } }

    /// Enters `intent`; false when the same one is already on its way to that account.
    public mutating func enter(_ intent: WriteIntent, from origin: WriteOrigin, at date: Date, before: [Int64] = []) -> Bool {
        let place = Place(account: origin.account, slot: intent.slot)
        guard entries[place] == nil else { return false }
        entries[place] = Entry(intent: intent, origin: origin, since: date, before: before)
        return true
    }

    /// Marks `intent` as answered with an outcome not known (it stays in).
    mutating func markUnknown(_ intent: WriteIntent, of account: String, at date: Date) {
        entries[Place(account: account, slot: intent.slot)]?.unknownSince = date
    }

    /// The writes to `account` whose outcome waits for a read.
    public func unknown(of account: String) -> [Entry] { all.filter { $0.unknown && $0.origin.account == account } }

    /// Leaves `intent` (its outcome is known); the entry, if it was in.
    @discardableResult
    public mutating func leave(_ intent: WriteIntent, of account: String) -> Entry? {
        entries.removeValue(forKey: Place(account: account, slot: intent.slot))
    }

    /// The entry holding `intent`'s slot on `account`, if any.
    public func entry(for intent: WriteIntent, of account: String) -> Entry? {
        entries[Place(account: account, slot: intent.slot)]
    }

    public func contains(_ intent: WriteIntent, of account: String) -> Bool { entry(for: intent, of: account) != nil }

    /// The writes on their way to `account` (the live one, for the rows' marks).
    public func sent(to account: String) -> [Entry] { entries.values.filter { $0.origin.account == account } }
}
