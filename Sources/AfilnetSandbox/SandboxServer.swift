import Synchronization
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import ServiceLifecycle

/// The sandbox over real HTTP: start it (in-process, for tests and `--sandbox`) or run it
/// until SIGINT/SIGTERM (`afilnet-tui sandbox serve`).
public final class SandboxServer: Sendable {
    public let store: SandboxStore
    public let options: SandboxOptions
    private let log: RequestLogWriter
    private let running = Mutex<(group: ServiceGroup, task: Task<Void, any Error>, logTask: Task<Void, Never>)?>(nil)

    public init(store: SandboxStore, options: SandboxOptions = SandboxOptions()) {
        self.store = store
        self.options = options
        self.log = RequestLogWriter(pool: store.pool)
    }

    /// Starts listening and returns the bound port (the free one chosen for port 0).
    public func start(stopOnSignals: Bool = false) async throws -> Int {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = options.logsToStandardError
            ? Logger(label: "afilnet-sandbox") : Logger(label: "afilnet-sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
        logger.logLevel = .error
        let app = Application(
            responder: SandboxResponder(
                handler: APIHandler(
                    store: store, tokens: SandboxTokens(key: try SandboxTokens.key(store.pool), lifetime: options.tokenLifetime)),
                renderer: ResponseRenderer(quirks: options.quirks),
                options: options, log: log),
            server: try Self.server(options),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [app], gracefulShutdownSignals: stopOnSignals ? [.sigterm, .sigint] : [], logger: logger))
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        let log = self.log
        let logTask = Task { await log.run() }
        running.withLock { $0 = (group, task, logTask) }
        for await port in ports { return port }
        // The server stopped before it listened: report why (port in use, bad host…).
        logTask.cancel()
        try await task.value
        throw SandboxConfigurationError("the sandbox stopped before it could listen")
    }

    /// HTTP/1.1, over TLS when the options give a certificate and key.
    private static func server(_ options: SandboxOptions) throws -> HTTPServerBuilder {
        guard let tls = options.tls else { return .http1() }
        let chain = try NIOSSLCertificate.fromPEMFile(tls.certificate).map { NIOSSLCertificateSource.certificate($0) }
        let key = try NIOSSLPrivateKey(file: tls.key, format: .pem)
        return try .tls(.http1(), tlsConfiguration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
    }

    /// Waits until the server stops (after a signal, if it was started with them).
    public func wait() async throws {
        guard let state = running.withLock({ $0 }) else { return }
        defer { state.logTask.cancel() }
        try await state.task.value
        state.logTask.cancel()
        await state.logTask.value
    }

    /// Stops listening, finishes requests under way and writes the last log entries.
    public func stop() async {
        guard let state = running.withLock({ value in defer { value = nil }; return value }) else { return }
        await state.group.triggerGracefulShutdown()
        _ = try? await state.task.value
        state.logTask.cancel()
        await state.logTask.value
    }

    /// Writes buffered request-log entries now (tests read the log right after a call).
    public func flushLog() throws { try log.flush() }
}
