@testable import AfilnetAPI
import AfilnetSandbox
import Foundation
import Synchronization
import Testing

/// A sandbox on a free loopback port, and clients for it, each with its own journal.
final class ClientHarness: Sendable {
    let server: SandboxServer
    let port: Int
    let directory: URL

    init(
        quirks: Set<Quirk> = [], faults: FaultInjection = FaultInjection(mode: nil),
        latency: Duration = .zero, tokenLifetime: TimeInterval = 3600
    ) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("afilnet-client-\(UUID().uuidString)")
        let store = try SandboxStore(path: directory.appendingPathComponent("sandbox.sqlite").path)
        try store.seedDemo()
        var options = SandboxOptions(port: 0, quirks: quirks, faults: faults, latency: latency)
        options.tokenLifetime = tokenLifetime
        server = SandboxServer(store: store, options: options)
        port = try await server.start()
    }

    var endpoint: Endpoint { try! Endpoint("http://127.0.0.1:\(port)/api/http/") }
    var journalPath: String { directory.appendingPathComponent("journal.jsonl").path }

    func client(
        auth: AuthMode = .post, api: APIKind = .http, user: String = "demo", password: String = "demo",
        timeout: Duration = .seconds(10), retry: RetryPolicy = .none, transport: (any HTTPTransport)? = nil
    ) -> AfilnetClient {
        AfilnetClient(
            configuration: ClientConfiguration(
                endpoint: endpoint, auth: auth, api: api, credentials: Credentials(user: user, password: password),
                requestTimeout: timeout, retry: retry, settleDelay: .milliseconds(50)),
            transport: transport ?? ClientHarness.transport, journal: RequestJournal(path: journalPath))
    }

    static let transport = AsyncHTTPTransport(connectTimeout: .seconds(2))
    static let direct = DirectHTTPTransport(connectTimeout: .seconds(2))

    func stop() async { await server.stop() }
}

/// Wraps the real transport and keeps every request it carried, to inspect URLs and headers.
final class RecordingTransport: HTTPTransport {
    let inner: any HTTPTransport
    private let sent = Mutex<[TransportRequest]>([])

    init(_ inner: any HTTPTransport) { self.inner = inner }

    var requests: [TransportRequest] { sent.withLock { $0 } }

    func send(_ request: TransportRequest, timeout: Duration, sink: any BodySink) async throws(AfilnetError) -> TransportResponse {
        sent.withLock { $0.append(request) }
        return try await inner.send(request, timeout: timeout, sink: sink)
    }
}

let sampleAddress = NewAddress(
    contactName: "Kalle Õunapuu", isCompany: true, companyName: "Õunapuu OÜ", documentID: "12345678",
    countryCode: "ee", cityID: 1, cityName: "Tallinn", zipCode: "10115", street: "Narva mnt 5 & 7")

/// The two transports under the client (the UI's and the one-shot commands'): the tests of
/// the transport's contract run on both.
enum TransportKind: String, CaseIterable, CustomTestStringConvertible {
    case asyncHTTPClient, direct

    var transport: any HTTPTransport {
        switch self {
        case .asyncHTTPClient: ClientHarness.transport
        case .direct: ClientHarness.direct
        }
    }

    var testDescription: String { rawValue }
}
