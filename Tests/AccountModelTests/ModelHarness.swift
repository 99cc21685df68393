import AccountModel
import AfilnetAPI
import AfilnetSandbox
import BalanceHistory
import Foundation

/// An `AppModel` wired to a real sandbox over loopback; effects are awaited and fed back in,
/// as the front end's loop would.
final class ModelHarness: @unchecked Sendable {
    let server: SandboxServer
    let port: Int
    var model: AppModel

    /// A service talking to `harness`'s sandbox.
    static func service(of harness: ModelHarness) async throws -> AccountService {
        AccountService(client: AfilnetClient(
            configuration: ClientConfiguration(
                endpoint: try Endpoint("http://127.0.0.1:\(harness.port)/api/http/"), credentials: Credentials(user: "demo", password: "demo"),
                requestTimeout: .seconds(10), retry: .none),
            transport: AsyncHTTPTransport()))
    }

    init(
        faults: FaultInjection = FaultInjection(mode: nil), readOnly: Bool = false, addresses: Int = 0, history: AccountHistory? = nil,
        exportFolder: String = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(UUID().uuidString)").path
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("afilnet-model-\(UUID().uuidString)")
        let store = try SandboxStore(path: directory.appendingPathComponent("s.sqlite").path)
        try store.seedDemo(syntheticAddresses: addresses)
        server = SandboxServer(store: store, options: SandboxOptions(port: 0, faults: faults))
        port = try await server.start()
        let client = AfilnetClient(
            configuration: ClientConfiguration(
                endpoint: try Endpoint("http://127.0.0.1:\(port)/api/http/"), credentials: Credentials(user: "demo", password: "demo"),
                requestTimeout: .seconds(10), retry: .none, settleDelay: .milliseconds(20)),
            transport: AsyncHTTPTransport())
        model = AppModel(
            session: SessionInfo(user: "demo", endpoint: "sandbox", isSandbox: true, profile: "sandbox", readOnly: readOnly),
            service: AccountService(client: client, history: history), exportFolder: exportFolder)
        _ = model.handle(.resized(columns: 80, rows: 24, pageSize: 5))
        await settle(model.start())
    }

    /// Runs effects to completion, feeding each result back (and what that asks for).
    func settle(_ effects: [Effect]) async {
        var queue = effects
        while !queue.isEmpty {
            let message = await model.context.perform(queue.removeFirst())
            queue += model.handle(message)
        }
    }

    func press(_ keys: Key...) async {
        for key in keys { await settle(model.handle(.key(key))) }
    }

    func type(_ text: String) async {
        for character in text { await press(.character(character)) }
    }

    func stop() async { await server.stop() }
}
