import Foundation
import GRDB
import Testing
@testable import AfilnetSandbox

@Suite("The server-side request log")
struct RequestLogTests {
    @Test func entriesCarryTheAPILogColumnsAndNeverThePassword() async throws {
        let sandbox = try await RunningSandbox.start()
        let secret = "s3cr3t-Pa55-\(UUID().uuidString)"
        try sandbox.server.store.addCredential(user: "ops", password: secret, allowedIPs: [])
        for mode in CallMode.allCases {
            _ = try await sandbox.call("getbalance", mode: mode, user: "ops", password: secret)
        }
        _ = try await sandbox.call("addaddress", addressParameters(), user: "ops", password: secret)
        try sandbox.server.flushLog()

        let entries = try sandbox.server.store.requestLog(limit: 10)
        #expect(entries.map(\.method) == ["getbalance", "getbalance", "getbalance", "addaddress"])
        #expect(entries.map(\.auth) == ["params", "params", "basic", "params"])
        let first = try #require(entries.first)
        #expect(first.sourceIP == "127.0.0.1")
        #expect(first.apiClass == "user")
        #expect(first.parameters["password"] == LogRedaction.mask)
        #expect(first.parameters["user"] == "ops")
        #expect(first.response == #"{"status":"SUCCESS","result":"152.34"}"#)
        #expect(first.httpStatus == 200)
        #expect(first.durationMilliseconds > 0)
        #expect(first.userAgent == "sandbox-tests")
        #expect(entries[2].parameters["password"] == nil)
        #expect(entries[3].parameters["namelastname"] == "Kalle Õunapuu")

        let dump = try await sandbox.server.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM request_log").map(\.description).joined()
        }
        #expect(!dump.contains(secret))
        #expect(!dump.contains("Basic "))
        await sandbox.stop()
    }

    @Test func longResponsesAreCappedInTheLog() async throws {
        let sandbox = try await RunningSandbox.start()
        try sandbox.server.store.addSyntheticAddresses(50)
        _ = try await sandbox.call("getaddresses")
        try sandbox.server.flushLog()
        let entry = try #require(try sandbox.server.store.requestLog(limit: 1).first)
        #expect(entry.response.utf8.count < RequestLogEntry.responseLimit + 40)
        #expect(entry.response.hasSuffix(" bytes)"))
        await sandbox.stop()
    }

    @Test func faultsAreLogged() async throws {
        let sandbox = try await RunningSandbox.start(faults: FaultInjection(mode: .http500))
        _ = try await sandbox.call("getbalance")
        try sandbox.server.flushLog()
        let entry = try #require(try sandbox.server.store.requestLog(limit: 1).first)
        #expect(entry.fault == "http500")
        #expect(entry.httpStatus == 500)
        await sandbox.stop()
    }
}
