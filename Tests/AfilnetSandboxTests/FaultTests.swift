import AsyncHTTPClient
import Foundation
import Testing
@testable import AfilnetSandbox

@Suite("Every fault mode produces exactly the documented bytes")
struct FaultTests {
    @Test func http500() async throws {
        let sandbox = try await RunningSandbox.start(faults: FaultInjection(mode: .http500))
        let reply = try await sandbox.call("getbalance")
        #expect(reply.status == 500)
        #expect(reply.body == "Internal Server Error\n")
        await sandbox.stop()
    }

    @Test func html502() async throws {
        let sandbox = try await RunningSandbox.start(faults: FaultInjection(mode: .html502))
        let reply = try await sandbox.call("getbalance")
        #expect(reply.status == 502)
        #expect(reply.headers.first(name: "Content-Type") == "text/html")
        #expect(reply.body == "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
        await sandbox.stop()
    }

    @Test func truncatedAppliesTheWriteAndCutsTheBody() async throws {
        let sandbox = try await RunningSandbox.start(faults: FaultInjection(mode: .truncated))
        let reply = try await sandbox.call("getbalance")
        #expect(reply.status == 200)
        #expect(reply.body == #"{"status":"SUCCESS""#)
        #expect(try await sandbox.call("modifychannel", [("channelname", "sms"), ("active", "0")]).body == #"{"status":"SUCCE"#)
        await sandbox.stop()
        let check = try await RunningSandbox.start(databasePath: sandbox.databasePath)
        #expect(try await check.call("getchannels").body.contains(#""channelname":"sms","active":0"#))
        await check.stop()
    }

    @Test func resetClosesTheConnectionAndAppliesNothing() async throws {
        let sandbox = try await RunningSandbox.start(faults: FaultInjection(mode: .reset))
        await #expect(throws: (any Error).self) {
            _ = try await sandbox.call("addaddress", addressParameters())
        }
        await sandbox.stop()
        let check = try await RunningSandbox.start(databasePath: sandbox.databasePath)
        #expect(try await check.call("getaddresses").body.contains("1006") == false)
        await check.stop()
    }

    @Test func slowAppliesTheWriteThenAnswersLate() async throws {
        let sandbox = try await RunningSandbox.start(faults: FaultInjection(mode: .slow, slowDelay: .seconds(4)))
        let started = ContinuousClock.now
        await #expect(throws: HTTPClientError.self) {
            _ = try await sandbox.call("addaddress", addressParameters(), timeout: .milliseconds(300))
        }
        #expect(ContinuousClock.now - started < .seconds(3))
        let check = try await RunningSandbox.start(databasePath: sandbox.databasePath)
        #expect(try await check.call("getaddresses").body.contains(#""id":1006"#))
        await check.stop()
        await sandbox.stop()
    }

    @Test func theFaultRateIsRepeatableWithTheSameSeed() async throws {
        func pattern() async throws -> [Int] {
            let sandbox = try await RunningSandbox.start(faults: FaultInjection(mode: .http500, rate: 0.5, seed: 42))
            var statuses: [Int] = []
            for _ in 0..<24 { statuses.append(try await sandbox.call("getbalance").status) }
            await sandbox.stop()
            return statuses
        }
        let first = try await pattern()
        #expect(try await pattern() == first)
        #expect(first.contains(200) && first.contains(500))
    }

    @Test func latencyDelaysEveryResponse() async throws {
        let store = try SandboxStore(path: RunningSandbox.temporaryDatabasePath())
        try store.seedDemo()
        let server = SandboxServer(store: store, options: SandboxOptions(port: 0, latency: .milliseconds(250)))
        let port = try await server.start()
        let started = ContinuousClock.now
        let response = try await HTTPClient.shared.execute(
            formPost("http://127.0.0.1:\(port)/api/http/", "class=user&method=getbalance&user=demo&password=demo"),
            timeout: .seconds(5))
        #expect(response.status.code == 200)
        #expect(ContinuousClock.now - started >= .milliseconds(250))
        await server.stop()
    }
}
