import AsyncHTTPClient
import NIOCore
import NIOPosix

extension TransportFailure {
    /// AsyncHTTPClient's and NIO's errors in words, for both transports. Their descriptions
    /// can hold the URL (and so, in GET mode, the password): they are never passed on verbatim.
    init(_ error: any Error, timeout: Double) {
        self = Self.failure(error, timeout: timeout)
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
