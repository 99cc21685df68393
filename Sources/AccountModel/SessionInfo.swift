import AfilnetAPI

/// Who and where: the header's facts.
public struct SessionInfo: Sendable {
    public var user: String
    public var endpoint: String
    public var isSandbox: Bool
    public var profile: String
    public var readOnly: Bool
    /// The proxy requests go through (`http://host:port`), if any: the header says so.
    public var via: String?
    /// The way in: the API (HTTP form or SOAP) and how the credentials go.
    public var api: APIKind
    public var auth: AuthMode
    /// `user@endpoint`: who a write goes to (`WriteOrigin.account`). The embedded sandbox
    /// listens on a new port each start; its ledger lies beside its database.
    public var account: String { user + "@" + (isSandbox ? "sandbox" : endpoint) }

    public init(
        user: String, endpoint: String, isSandbox: Bool, profile: String, readOnly: Bool, via: String? = nil, api: APIKind = .http,
        auth: AuthMode = .post
    ) {
        self.via = via
        self.api = api
        self.auth = auth
        self.user = user
        self.endpoint = endpoint
        self.isSandbox = isSandbox
        self.profile = profile
        self.readOnly = readOnly
    }
}
