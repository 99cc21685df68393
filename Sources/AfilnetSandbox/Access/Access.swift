import Foundation

/// One access to an account (the provider's "secure API connection"): a name, credentials,
/// the ways in it may use and the networks it may come from. Its password is never read back.
public struct Access: Sendable, Equatable {
    public var name: String
    public var user: String
    public var account: String
    public var ways: Set<AccessWay>
    /// Empty: any address.
    public var allowedIPs: [IPRange]
}

/// How an access has been used, from the request log (`sandbox access show`).
public struct AccessUsage: Sendable {
    public struct Call: Sendable, Equatable {
        public var time: Date
        public var api: String
        public var method: String
        public var sourceIP: String
        /// Empty when the call was answered; the reason when it was refused.
        public var refusal: String
    }

    public var lastCall: Call?
    /// Calls per day (UTC, `2026-12-04`), newest first, with how many of them were refused.
    public var perDay: [(day: String, calls: Int, refused: Int)]
    /// Tokens given and still valid (not expired, not revoked).
    public var liveTokens: Int
}

/// The account a credential opened, as the request handler needs it.
struct AccountAccess: Sendable {
    var accountID: Int64
    var credentialID: Int64
    var name: String
    var ways: Set<AccessWay>
    var allowedIPs: [IPRange]

    func allows(_ ip: String) -> Bool {
        allowedIPs.isEmpty || allowedIPs.contains { $0.contains(ip) }
    }
}
