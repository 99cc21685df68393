import Foundation
import Testing
@testable import AfilnetSandbox

@Suite("Storage: restarts, concurrency, kill -9")
struct PersistenceTests {
    @Test func dataSurvivesARestart() async throws {
        let first = try await RunningSandbox.start()
        _ = try await first.call("addaddress", addressParameters(["namelastname": "Survivor"]))
        _ = try await first.call("modifychannel", [("channelname", "voice"), ("active", "0")])
        try first.server.store.setBalance("9.5")
        await first.stop()

        let second = try await RunningSandbox.start(databasePath: first.databasePath)
        #expect(try await second.call("getaddresses").body.contains(#""id":1006,"namelastname":"Survivor""#))
        #expect(try await second.call("getchannels").body.contains(#""channelname":"voice","active":0"#))
        #expect(try await second.call("getbalance").body == #"{"status":"SUCCESS","result":"9.5"}"#)
        await second.stop()
    }

    @Test func fiftyConcurrentClientsLoseAndDuplicateNothing() async throws {
        let sandbox = try await RunningSandbox.start()
        let clients = 50, perClient = 4
        try await withThrowingTaskGroup(of: Void.self) { group in
            for client in 0..<clients {
                group.addTask {
                    for item in 0..<perClient {
                        let reply = try await sandbox.call(
                            "addaddress", addressParameters(["namelastname": "load-\(client)-\(item)"]))
                        #expect(reply.body == #"{"status":"SUCCESS","result":[]}"#)
                    }
                }
            }
            try await group.waitForAll()
        }
        let records = try await sandbox.server.store.pool.read { db in try sandbox.server.store.addresses(db, account: 1) }
        let loaded = records.filter { $0.namelastname.hasPrefix("load-") }
        #expect(loaded.count == clients * perClient)
        #expect(Set(loaded.map(\.namelastname)).count == clients * perClient)
        #expect(Set(loaded.map(\.id)).count == clients * perClient)

        // Two clients race to delete every address: exactly one of each pair wins.
        let wins = try await withThrowingTaskGroup(of: Int.self) { group in
            for record in loaded {
                for _ in 0..<2 {
                    group.addTask {
                        let reply = try await sandbox.call("deleteaddress", [("idaddress", String(record.id))])
                        return reply.body.contains("SUCCESS") ? 1 : 0
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(wins == loaded.count)
        #expect(try await sandbox.call("getaddresses").body.contains("load-") == false)
        await sandbox.stop()
    }

    @Test func killDashNineUnderLoadLeavesAConsistentDatabase() async throws {
        let path = RunningSandbox.temporaryDatabasePath()
        let process = try SandboxProcess.launch(arguments: ["sandbox", "serve", "--port", "0", "--db", path])
        let sandbox = RunningSandboxClient(port: try process.waitForPort())
        let acknowledged = Acknowledged()
        let load = Task {
            await withTaskGroup(of: Void.self) { group in
                for client in 0..<50 {
                    group.addTask {
                        for item in 0..<1000 {
                            let name = "crash-\(client)-\(item)"
                            guard let reply = try? await sandbox.call(
                                "addaddress", addressParameters(["namelastname": name]), timeout: .seconds(2))
                            else { return }
                            if reply.body.contains("SUCCESS") { acknowledged.insert(name) }
                        }
                    }
                }
            }
        }
        try await Task.sleep(for: .milliseconds(800))
        kill(process.pid, SIGKILL)
        _ = await load.value
        process.waitUntilExit()

        let store = try SandboxStore(path: path)
        #expect(try store.integrityCheck() == "ok")
        let names = Set(try await store.pool.read { db in try store.addresses(db, account: 1) }.map(\.namelastname))
        let acked = acknowledged.names
        #expect(acked.count > 0)
        // Every write the server acknowledged before it died is there.
        #expect(acked.isSubset(of: names))

        let restarted = try await RunningSandbox.start(databasePath: path)
        #expect(try await restarted.call("getbalance").body == #"{"status":"SUCCESS","result":"152.34"}"#)
        await restarted.stop()
    }
}

final class Acknowledged: @unchecked Sendable {
    private let lock = NSLock()
    private var set = Set<String>()
    func insert(_ name: String) { lock.withLock { _ = set.insert(name) } }
    var names: Set<String> { lock.withLock { set } }
}
