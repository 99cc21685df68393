/// A user name and password. Printing one never shows the password.
public struct Credentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public let user: String
    public let password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    public var description: String { "\(user) (password hidden)" }
    public var debugDescription: String { description }
}

/// Where and how the client talks to the API.
public struct ClientConfiguration: Sendable {
    public var endpoint: Endpoint
    public var auth: AuthMode
    public var api: APIKind
    public var credentials: Credentials
    /// Whole-request deadline, per attempt.
    public var requestTimeout: Duration
    public var retry: RetryPolicy
    /// How long to wait after a write's answer was lost before re-reading the state.
    public var settleDelay: Duration
    public var userAgent: String
    /// Where SOAP and the token endpoint are; nil: beside `endpoint` (docs/api.md, "Ways in").
    public var soapEndpoint: Endpoint?
    public var tokenEndpoint: Endpoint?

    /// The SOAP endpoint in force.
    public var soapURL: String { soapEndpoint?.description ?? endpoint.sibling("soap") }
    /// The token endpoint in force.
    public var tokenURL: String { tokenEndpoint?.description ?? endpoint.sibling("token") }

    /// The way in whose shape is assumed that a failure of this call could be blamed on.
    func assumedWay(tokenRequest: Bool) -> AssumedWay? {
        if tokenRequest { return .token }
        if api == .soap { return .soap }
        return auth == .basic ? .basic : nil
    }

    public init(
        endpoint: Endpoint = .production, auth: AuthMode = .post, api: APIKind = .http, credentials: Credentials,
        requestTimeout: Duration = .seconds(15), retry: RetryPolicy = RetryPolicy(),
        settleDelay: Duration = .milliseconds(300), userAgent: String = "afilnet-tui/\(AfilnetVersion.current)"
    ) {
        self.endpoint = endpoint
        self.auth = auth
        self.api = api
        self.credentials = credentials
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.settleDelay = settleDelay
        self.userAgent = userAgent
    }
}

/// How a write ended when it did not throw.
public enum WriteReceipt: Sendable, Equatable {
    /// The server said SUCCESS.
    case confirmed
    /// The answer was lost, but re-reading showed the change in place.
    case confirmedAfterLostAnswer(AfilnetError)
}
