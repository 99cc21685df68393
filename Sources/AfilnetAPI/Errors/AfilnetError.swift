import Localization

/// Everything that can go wrong talking to the API, each with what to do next.
///
/// API errors (the server answered `ERROR`) are kept apart from transport and protocol
/// failures (the answer never came, or was not the API's), because only the latter can
/// leave a write's outcome unknown.
public enum AfilnetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server answered `{"status":"ERROR","error":CODE}`.
    case api(APIErrorCode)
    /// No usable HTTP answer: timeout, refused, reset, TLS…
    case transport(TransportFailure)
    /// An HTTP status other than 200, with the start of the body (sanitised).
    case httpStatus(Int, preview: String)
    /// A 200 answer whose body is not JSON (e.g. an HTML page from a proxy).
    case notJSON(preview: String)
    /// A JSON body cut short.
    case truncated
    /// Valid JSON that is not the API's envelope or result shape.
    case protocolViolation(ProtocolProblem)
    /// The endpoint URL cannot be used (not http(s), plain http off loopback…).
    case invalidEndpoint(EndpointProblem)
    /// The input was refused before sending.
    case invalidInput([FieldProblem])
    /// A write whose answer was lost; re-reading showed it was not applied (safe to retry).
    indirect case writeNotApplied(cause: AfilnetError)
    /// A write whose answer was lost and whose effect could not be checked.
    indirect case writeOutcomeUnknown(cause: AfilnetError)
    /// A failure of a way in whose shape this project assumed (SOAP, the token endpoint,
    /// Basic; docs/api.md), against a real endpoint, that suggests the shape is wrong.
    indirect case assumedWayIn(AssumedWay, cause: AfilnetError)

    /// In English, for logs, the journal and anything not shown in the user's language.
    public var description: String { text(in: .english) }

    /// What went wrong and what to do, in the catalogue's language.
    public func text(in text: Catalogue) -> String {
        switch self {
        case .api(let code): "\(code.code): \(code.explanation(in: text))"
        case .transport(let failure): failure.text(in: text)
        case .httpStatus(let status, let preview): text.httpStatus(status, preview)
        case .notJSON(let preview): text.notJSON(preview)
        case .truncated: text.truncated
        case .protocolViolation(let problem): text.protocolViolation(problem.text(in: text))
        case .invalidEndpoint(let problem): text.invalidEndpoint(problem.text(in: text))
        case .invalidInput(let problems): problems.map { $0.text(in: text) }.joined(separator: "; ")
        case .writeNotApplied(let cause): text.writeNotApplied(cause.text(in: text))
        case .writeOutcomeUnknown(let cause): text.writeOutcomeUnknown(cause.text(in: text))
        case .assumedWayIn(let way, let cause): cause.text(in: text) + " " + text.assumedWayIn(way.rawValue, way.fix)
        }
    }

    /// The error itself, without the note on an assumed way in.
    public var underlying: AfilnetError {
        if case .assumedWayIn(_, let cause) = self { return cause }
        return self
    }

    /// Whether retrying the same read may help.
    var isRetryable: Bool {
        switch underlying {
        case .transport(let failure): failure.isRetryable
        case .httpStatus(let status, _): status == 429 || status >= 500
        case .truncated, .notJSON: true
        default: false
        }
    }

    /// Whether a write that met this error may nonetheless have reached the server.
    var leavesWriteUncertain: Bool {
        switch underlying {
        case .transport(let failure): failure.mayHaveReachedServer
        case .httpStatus(let status, _): status >= 500
        case .truncated, .notJSON, .protocolViolation: true
        default: false
        }
    }
}

/// The ways in whose wire shape is this project's assumption (docs/api.md, "Ways in").
public enum AssumedWay: String, Sendable, Equatable {
    case soap = "SOAP", token = "the token endpoint (JWT)", basic = "HTTP Basic"

    /// The setting that works with the provider's documented interface.
    var fix: String {
        switch self {
        case .soap: "api = \"http\" (--api http)"
        case .token, .basic: "auth = \"post\" (--auth post)"
        }
    }
}

/// What went wrong with a proxy before the request reached the endpoint.
public enum ProxyTrouble: Sendable, Equatable {
    /// Connection refused, or its name not found.
    case unreachable
    case timedOut(seconds: Double)
    /// It closed the connection without answering.
    case closed
    /// It answered this status to CONNECT (or, for plain HTTP, 407; nil when not known);
    /// whether credentials went.
    case status(Int?, credentialsSent: Bool)
}

/// Why no HTTP answer came.
public enum TransportFailure: Sendable, Equatable, CustomStringConvertible {
    case timedOut(seconds: Double)
    case connectionRefused
    case connectionReset
    case cannotResolveHost
    case tls(String)
    case other(String)
    /// TLS failed in a way `TLSDiagnosis` could tell.
    case tlsProblem(TLSProblem)
    /// The proxy (`http://host:port`, where the setting came from), not the endpoint, failed.
    case proxy(String, source: String, ProxyTrouble)

    public var description: String { text(in: .english) }

    public func text(in text: Catalogue) -> String {
        switch self {
        case .timedOut(let seconds): text.timedOut(text.decimal(Self.format(seconds)))
        case .connectionRefused: text.connectionRefused
        case .connectionReset: text.connectionReset
        case .cannotResolveHost: text.cannotResolveHost
        case .tls(let detail): text.tlsFailed(detail)
        case .other(let detail): text.requestFailed(detail)
        case .tlsProblem(let problem): problem.text(in: text)
        case .proxy(let proxy, let source, let trouble):
            switch trouble {
            case .unreachable: text.proxyUnreachable(proxy, source)
            case .timedOut(let seconds): text.proxyTimedOut(proxy, text.decimal(Self.format(seconds)))
            case .closed: text.proxyClosed(proxy)
            case .status(407, let credentialsSent): credentialsSent ? text.proxyRefusedCredentials(proxy) : text.proxyWantsCredentials(proxy, source)
            // tinyproxy answers 401 to credentials it does not take.
            case .status(401, true): text.proxyRefusedCredentials(proxy)
            case .status(let status, _): text.proxyRefused(proxy, status.map { "HTTP \($0)" } ?? "CONNECT")
            }
        }
    }

    var isRetryable: Bool {
        switch self {
        case .timedOut, .connectionRefused, .connectionReset, .other: true
        case .proxy(_, _, .status): false
        case .proxy: true
        case .cannotResolveHost, .tls, .tlsProblem: false
        }
    }

    /// A refused connection or failed name lookup never carried the request.
    var mayHaveReachedServer: Bool {
        switch self {
        case .connectionRefused, .cannotResolveHost, .tls, .tlsProblem, .proxy: false
        case .timedOut, .connectionReset, .other: true
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
