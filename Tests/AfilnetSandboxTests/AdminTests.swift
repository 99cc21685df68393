import Foundation
import Testing
@testable import AfilnetSandbox

@Suite("Admin surface: balance, credentials with IP allow-lists, reset")
struct AdminTests {
    @Test func setBalanceKeepsThePrecisionAndRefusesGarbage() async throws {
        let sandbox = try await RunningSandbox.start()
        try sandbox.server.store.setBalance("10.500")
        #expect(try await sandbox.call("getbalance").body == #"{"status":"SUCCESS","result":"10.500"}"#)
        #expect(throws: SandboxConfigurationError.self) { try sandbox.server.store.setBalance("1e3") }
        #expect(throws: SandboxConfigurationError.self) { try sandbox.server.store.setBalance("lots") }
        #expect(throws: SandboxConfigurationError.self) { try sandbox.server.store.setBalance("5", account: "nobody") }
        await sandbox.stop()
    }

    @Test func anIPAllowListAdmitsOnlyItsNetworks() async throws {
        let sandbox = try await RunningSandbox.start()
        let store = sandbox.server.store
        try store.addCredential(user: "remote", password: "pw-remote", allowedIPs: [IPRange("10.0.0.0/8")!])
        try store.addCredential(user: "local", password: "pw-local", allowedIPs: [IPRange("192.168.1.1")!, IPRange("127.0.0.1/32")!])
        #expect(try await sandbox.call("getbalance", user: "remote", password: "pw-remote").body == #"{"status":"ERROR","error":"IP_NOT_ALLOWED"}"#)
        #expect(try await sandbox.call("getbalance", user: "local", password: "pw-local").body == #"{"status":"SUCCESS","result":"152.34"}"#)
        // A wrong password is reported as such, not as an address problem.
        #expect(try await sandbox.call("getbalance", user: "remote", password: "bad").body == #"{"status":"ERROR","error":"INCORRECT_USER_PASSWORD"}"#)
        await sandbox.stop()
    }

    @Test func ipRanges() {
        #expect(IPRange("127.0.0.1/32")!.contains("127.0.0.1"))
        #expect(!IPRange("127.0.0.1/32")!.contains("127.0.0.2"))
        #expect(IPRange("10.0.0.0/8")!.contains("10.200.3.4"))
        #expect(IPRange("10.0.0.0/8")!.contains("::ffff:10.1.2.3"))
        #expect(IPRange("::1")!.contains("::1"))
        #expect(IPRange("2001:db8::/32")!.contains("2001:db8:1::5"))
        #expect(!IPRange("2001:db8::/32")!.contains("2001:db9::1"))
        #expect(IPRange("10.0.0.0/33") == nil)
        #expect(IPRange("nonsense") == nil)
        #expect(IPRange("10.1.2.3/8")!.description == "10.1.2.3/8")
    }

    @Test func resetRestoresTheDemoAccount() async throws {
        let sandbox = try await RunningSandbox.start()
        _ = try await sandbox.call("addaddress", addressParameters())
        _ = try await sandbox.call("deleteaddress", [("idaddress", "1000")])
        try sandbox.server.store.reset()
        let list = try await sandbox.call("getaddresses").body
        #expect(list.hasPrefix(#"{"status":"SUCCESS","result":[{"id":1000,"#))
        #expect(list.components(separatedBy: #""id":"#).count - 1 == 6)
        _ = try await sandbox.call("addaddress", addressParameters())
        #expect(try await sandbox.call("getaddresses").body.contains(#""id":1006,"#))
        await sandbox.stop()
    }

    @Test func theCommandLineAdminSurface() throws {
        let db = RunningSandbox.temporaryDatabasePath()
        #expect(try SandboxProcess.run(["sandbox", "reset", "--db", db]).status == 0)
        let balance = try SandboxProcess.run(["sandbox", "set-balance", "--db", db, "7.25"])
        #expect(balance.status == 0)
        let added = try SandboxProcess.run(["sandbox", "add-credential", "--db", db, "--user", "ci", "--ip", "127.0.0.1/32"], input: "pw-from-stdin\n")
        #expect(added.status == 0, "\(added.output)")
        #expect(added.output.contains("allowed from 127.0.0.1/32"))
        let bad = try SandboxProcess.run(["sandbox", "add-credential", "--db", db, "--user", "x", "--ip", "300.1.1.1"], input: "pw\n")
        #expect(bad.status != 0)
        #expect(bad.output.contains("'300.1.1.1' is not an address or CIDR network"))
        let garbage = try SandboxProcess.run(["sandbox", "set-balance", "--db", db, "many"])
        #expect(garbage.status != 0)
        #expect(garbage.output.contains("is not a decimal amount"))
        let store = try SandboxStore(path: db)
        let access = try store.pool.read { db in try SandboxStore.access(db, user: "ci", password: "pw-from-stdin") }
        #expect(access?.allowedIPs == [IPRange("127.0.0.1/32")!])
        #expect(try store.pool.read { db in try SandboxStore.balance(db, account: access!.accountID) } == "7.25")
    }
}
