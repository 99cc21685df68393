import AccountModel
import AfilnetAPI
import AfilnetSandbox
import Foundation
import Testing

/// Marking rows and deleting them in one go, against the sandbox.
@Suite("Marks and bulk delete")
struct BulkDeleteTests {
    @Test func marksSurviveTheFilterAndAllMarkedAreDeleted() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("2"), .character(" "), .character(" "))  // 1000, 1001
        #expect(harness.model.addresses.marked == [1000, 1001])
        // A filter hides them; * marks what it shows; the marks stay when it is cleared.
        await harness.press(.character("/"))
        await harness.type("tokyo")
        await harness.press(.enter, .character("*"))
        #expect(harness.model.addresses.marked == [1000, 1001, 1002])
        await harness.press(.character("*"))
        #expect(harness.model.addresses.marked == [1000, 1001])
        await harness.press(.character("*"))
        await harness.press(.character("/"), .control("u"), .enter)
        #expect(harness.model.addresses.list.visible.count == 6)
        await harness.press(.character("d"))
        #expect(harness.model.overlay == .confirmBulkDelete(3))
        await harness.press(.character("y"))
        #expect(harness.model.bulk == nil)
        #expect(harness.model.addresses.marked.isEmpty)
        #expect(harness.model.addresses.list.rows.map(\.id) == [1003, 1004, 1005])
        #expect(harness.model.status?.text == "Deleted 3 of 3 marked addresses.")
        await harness.stop()
    }

    /// One of the marked is gone behind the UI's back: it fails, the rest are deleted, the
    /// summary says so and the failed one stays marked until the list no longer has it.
    @Test func aFailureIsCountedAndTheRestGoOn() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("2"), .character("*"))
        let other = AfilnetClient(configuration: ClientConfiguration(
            endpoint: try Endpoint("http://127.0.0.1:\(harness.port)/api/http/"), credentials: Credentials(user: "demo", password: "demo")),
            transport: AsyncHTTPTransport())
        try await other.deleteAddress(id: 1002)
        await harness.press(.character("d"), .character("y"))
        #expect(harness.model.addresses.list.rows.isEmpty)
        let status = try #require(harness.model.status)
        #expect(status.kind == .error)
        #expect(status.text.hasPrefix("Deleted 5 of 6 marked addresses; 1 failed (still marked). First: 1002: "))
        #expect(harness.model.addresses.marked.isEmpty)  // 1002 is gone from the new list
        await harness.stop()
    }

    @Test func stopEndsAfterTheOneOnItsWay() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("2"), .character("*"), .character("d"))
        // Answer by hand, as the loop would, with a stop between the first and second.
        var effects = harness.model.handle(.key(.character("y")))
        guard case .deleteAddress(let first)? = effects.first else { Issue.record("no delete"); return }
        _ = harness.model.handle(.key(.escape))
        #expect(harness.model.status?.text == "Stopping after the address on its way…")
        effects = harness.model.handle(await harness.model.context.perform(.deleteAddress(id: first)))
        await harness.settle(effects)
        #expect(harness.model.bulk == nil)
        #expect(harness.model.status?.text == "Stopped: deleted 1 of 6 marked addresses; the rest stay marked.")
        #expect(harness.model.addresses.marked.count == 5)
        #expect(harness.model.addresses.list.rows.count == 5)
        await harness.stop()
    }

    @Test func readOnlyRefusesABulkDeleteAsASingleOne() async throws {
        let harness = try await ModelHarness(readOnly: true)
        await harness.press(.character("2"), .character("*"), .character("d"))
        #expect(harness.model.overlay == .none)
        #expect(harness.model.addresses.list.rows.count == 6)
        #expect(harness.model.status?.kind == .warning)
        await harness.stop()
    }

    /// `x` writes the rows the filter shows, in the order shown, as CSV with the API's names.
    @Test func exportListWritesTheRowsShown() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("2"), .character("/"))
        await harness.type("ee")
        await harness.press(.enter, .character("x"))
        let status = try #require(harness.model.status?.text)
        #expect(status.hasPrefix("2 addresses written to "))
        let path = String(status.dropFirst("2 addresses written to ".count))
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("id,namelastname,"))
        #expect(lines[1].hasPrefix("1000,Mari Tamm,") && lines[2].hasPrefix("1001,Kalle Õunapuu,"))
        await harness.stop()
    }
}
