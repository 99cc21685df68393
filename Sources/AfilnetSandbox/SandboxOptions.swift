import Foundation

/// How a sandbox server listens and misbehaves; every misbehaviour is off by default.
public struct SandboxOptions: Sendable {
    public var host: String
    /// 0 picks a free port (read it back from `SandboxServer.start()`).
    public var port: Int
    public var quirks: Set<Quirk>
    public var faults: FaultInjection
    /// Added before every API response.
    public var latency: Duration
    /// How long a token from `/api/token/` lives (docs/api.md, "JWT").
    public var tokenLifetime: TimeInterval = 3600
    /// Whether server errors are logged to standard error (never while a UI owns the screen).
    public var logsToStandardError = true
    /// Serve HTTPS with this certificate chain and key (PEM files) instead of plain HTTP.
    public var tls: (certificate: String, key: String)?

    public static let defaultPort = 8787
    /// Bounded input: a larger body is answered 413 `REQUEST_TOO_LARGE`.
    public static let maxBodyBytes = 64 * 1024

    public init(
        host: String = "127.0.0.1", port: Int = defaultPort, quirks: Set<Quirk> = [],
        faults: FaultInjection = FaultInjection(mode: nil), latency: Duration = .zero
    ) {
        self.host = host
        self.port = port
        self.quirks = quirks
        self.faults = faults
        self.latency = latency
    }
}
