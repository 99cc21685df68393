import Foundation

/// One account of config.toml as last read for the Accounts pane: who and where, its balance,
/// its spend and forecast from its history, and its state against its own thresholds.
public struct AccountReading: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case ok, low, critical
        /// It could not be read (the reason, in the UI's words).
        case failed(String)
        /// No password is stored for it (environment, password_command or file): the UI does
        /// not ask one, so it is not read.
        case noCredentials(String)

        /// Why it was not read, if it was not.
        public var reason: String? {
            switch self {
            case .ok, .low, .critical: nil
            case .failed(let reason), .noCredentials(let reason): reason
            }
        }
    }

    public var profile: String
    public var user: String
    public var endpoint: String
    public var isSandbox: Bool
    /// As config.toml writes it: `http post`, `soap jwt`.
    public var wayIn: String
    /// The balance as read now, or the last one kept when this read failed.
    public var balance: String?
    public var readAt: Date?
    public var spendPerDay: Double?
    /// When the balance falls under its low threshold at the current spend.
    public var lastsUntil: Date?
    public var state: State

    public init(
        profile: String, user: String, endpoint: String, isSandbox: Bool = false, wayIn: String, balance: String? = nil,
        readAt: Date? = nil, spendPerDay: Double? = nil, lastsUntil: Date? = nil, state: State
    ) {
        self.profile = profile
        self.user = user
        self.endpoint = endpoint
        self.isSandbox = isSandbox
        self.wayIn = wayIn
        self.balance = balance
        self.readAt = readAt
        self.spendPerDay = spendPerDay
        self.lastsUntil = lastsUntil
        self.state = state
    }
}

/// Reads one profile's account for the Accounts pane, within its own deadline (the
/// executable builds it from config.toml; no prompt).
public typealias AccountReader = @Sendable (String) async -> AccountReading
