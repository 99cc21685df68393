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
    case protocolViolation(String)
    /// The endpoint URL cannot be used (not http(s), plain http off loopback…).
    case invalidEndpoint(String)
    /// The input was refused before sending.
    case invalidInput([FieldProblem])
    /// A write whose answer was lost; re-reading showed it was not applied (safe to retry).
    indirect case writeNotApplied(cause: AfilnetError)
    /// A write whose answer was lost and whose effect could not be checked.
    indirect case writeOutcomeUnknown(cause: AfilnetError)

    public var description: String {
        switch self {
        case .api(let code): "\(code.code): \(code.explanation)"
        case .transport(let failure): failure.description
        case .httpStatus(let status, let preview):
            "the server answered HTTP \(status)" + (preview.isEmpty ? "" : " (\(preview))")
                + "; the service or a proxy in front of it has a problem, try again later"
        case .notJSON(let preview):
            "the answer was not JSON" + (preview.isEmpty ? "" : " (\(preview))")
                + "; is the endpoint right, or is a proxy or captive portal in the way?"
        case .truncated: "the answer was cut short (connection dropped?); try again"
        case .protocolViolation(let detail):
            "the answer did not follow the API's format: \(detail); check the endpoint"
        case .invalidEndpoint(let detail): "unusable endpoint: \(detail)"
        case .invalidInput(let problems): problems.map(\.description).joined(separator: "; ")
        case .writeNotApplied(let cause):
            "the change was not applied (\(cause)); it is safe to try again"
        case .writeOutcomeUnknown(let cause):
            "the change may or may not have been applied (\(cause)); refresh before trying again"
        }
    }

    /// Whether retrying the same read may help.
    var isRetryable: Bool {
        switch self {
        case .transport(let failure): failure.isRetryable
        case .httpStatus(let status, _): status == 429 || status >= 500
        case .truncated, .notJSON: true
        default: false
        }
    }

    /// Whether a write that met this error may nonetheless have reached the server.
    var leavesWriteUncertain: Bool {
        switch self {
        case .transport(let failure): failure.mayHaveReachedServer
        case .httpStatus(let status, _): status >= 500
        case .truncated, .notJSON, .protocolViolation: true
        default: false
        }
    }
}

/// Why no HTTP answer came.
public enum TransportFailure: Sendable, Equatable, CustomStringConvertible {
    case timedOut(seconds: Double)
    case connectionRefused
    case connectionReset
    case cannotResolveHost
    case tls(String)
    case other(String)

    public var description: String {
        switch self {
        case .timedOut(let seconds):
            "no answer within \(Self.format(seconds)) s; the network or the service is slow, try again or raise the timeout"
        case .connectionRefused: "the connection was refused; is the endpoint (host and port) right and the service up?"
        case .connectionReset: "the connection was closed before an answer came; try again"
        case .cannotResolveHost: "the endpoint's host name could not be resolved; check it and your DNS"
        case .tls(let detail): "the secure connection failed (\(detail)); check the endpoint and the system's certificates"
        case .other(let detail): "the request failed: \(detail)"
        }
    }

    var isRetryable: Bool {
        switch self {
        case .timedOut, .connectionRefused, .connectionReset, .other: true
        case .cannotResolveHost, .tls: false
        }
    }

    /// A refused connection or failed name lookup never carried the request.
    var mayHaveReachedServer: Bool {
        switch self {
        case .connectionRefused, .cannotResolveHost, .tls: false
        case .timedOut, .connectionReset, .other: true
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
