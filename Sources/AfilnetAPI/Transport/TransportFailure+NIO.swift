import AsyncHTTPClient
import NIOCore
import NIOPosix

extension TransportFailure {
    /// AsyncHTTPClient's and NIO's errors in words, for both transports. Their descriptions
    /// can hold the URL (and so, in GET mode, the password): they are never passed on verbatim.
    init(_ error: any Error, timeout: Double) {
        self = Self.failure(error, timeout: timeout)
    }

    /// The same, through `proxy`: what fails before the endpoint is reached is the proxy's,
    /// and says so (its address and where the setting came from, never its credentials).
    init(_ error: any Error, timeout: Double, proxy: HTTPProxy?) {
        guard let proxy else {
            self = Self.failure(error, timeout: timeout)
            return
        }
        let credentials = proxy.authorization != nil
        func trouble(_ trouble: ProxyTrouble) -> TransportFailure { .proxy(proxy.description, source: proxy.source, trouble) }
        if let refusal = error as? ProxyRefusal {
            self = trouble(refusal.status.map { .status($0, credentialsSent: credentials) } ?? .closed)
            return
        }
        if let error = error as? HTTPClientError {
            if error == .proxyAuthenticationRequired { self = trouble(.status(407, credentialsSent: credentials)); return }
            if error == .invalidProxyResponse { self = trouble(.status(nil, credentialsSent: credentials)); return }
            if error == .httpProxyHandshakeTimeout { self = trouble(.timedOut(seconds: timeout)); return }
        }
        switch Self.failure(error, timeout: timeout) {
        case .connectionRefused, .cannotResolveHost: self = trouble(.unreachable)
        case let other: self = other
        }
    }

    private static func failure(_ error: any Error, timeout: Double) -> TransportFailure {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout: return .timedOut(seconds: timeout)
            case .remoteConnectionClosed, .cancelled: return .connectionReset
            case .bodyLengthMismatch: return .connectionReset
            default: return .other("HTTP client error \(Self.name(of: error))")
            }
        }
        if let error = error as? NIOConnectionError {
            if let connect = error.connectionErrors.first?.error as? IOError, connect.errnoCode == ECONNREFUSED {
                return .connectionRefused
            }
            if error.dnsAAAAError != nil || error.dnsAError != nil { return .cannotResolveHost }
            return .connectionRefused
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return .connectionRefused
            case ECONNRESET, EPIPE: return .connectionReset
            default: return .other("I/O error \(error.errnoCode)")
            }
        }
        if ["SSL", "TLS", "Certificate"].contains(where: String(describing: type(of: error)).contains) {
            return .tls(Self.name(of: error))
        }
        if let error = error as? ChannelError {
            if case .connectTimeout = error { return .timedOut(seconds: timeout) }
            return .connectionReset
        }
        if error is CancellationError { return .other("cancelled") }
        let name = Self.name(of: error)
        if name.contains("connectTimeout") || name.contains("Timeout") { return .timedOut(seconds: timeout) }
        if name.lowercased().contains("refused") { return .connectionRefused }
        return .other(name)
    }

    private static func name(of error: any Error) -> String {
        // The case name only: no associated values, which could carry a URL.
        let text = String(describing: error)
        return String(text.prefix { $0 != "(" && $0 != ":" }.prefix(60))
    }
}
