@testable import AfilnetAPI
import AfilnetSandbox
import Foundation
import Testing

@Suite("Writes are never retried blindly: a lost answer is resolved by re-reading")
struct WriteOutcomeTests {
    @Test(arguments: TransportKind.allCases)
    func anAddWhoseAnswerTimesOutAfterTheServerAppliedItIsReportedApplied(_ kind: TransportKind) async throws {
        let harness = try await ClientHarness(
            faults: FaultInjection(mode: .slow, slowDelay: .seconds(4), methods: ["addaddress"]))
        let client = harness.client(timeout: .milliseconds(1500), retry: RetryPolicy(maxAttempts: 3), transport: kind.transport)
        let receipt = try await client.addAddress(sampleAddress)
        #expect(receipt == .confirmedAfterLostAnswer(.transport(.timedOut(seconds: 1.5))))
        // Exactly one new address: nothing was sent twice.
        #expect(try await client.addresses().filter { $0.matches(sampleAddress) }.count == 1)
        // Stopping waits for the slow answer and writes its log entry.
        await harness.stop()
        #expect(try harness.server.store.requestLog().filter { $0.method == "addaddress" }.count == 1)
    }

    @Test(arguments: TransportKind.allCases)
    func anAddCutOffBeforeTheServerSawItIsReportedNotApplied(_ kind: TransportKind) async throws {
        let harness = try await ClientHarness(faults: FaultInjection(mode: .reset, methods: ["addaddress"]))
        let client = harness.client(transport: kind.transport)
        await #expect(throws: AfilnetError.writeNotApplied(cause: .transport(.connectionReset))) {
            try await client.addAddress(sampleAddress)
        }
        #expect(try await client.addresses().contains { $0.matches(sampleAddress) } == false)
        await harness.stop()
    }

    @Test(arguments: TransportKind.allCases)
    func aServerErrorBeforeProcessingIsReportedNotApplied(_ kind: TransportKind) async throws {
        let harness = try await ClientHarness(faults: FaultInjection(mode: .http500, methods: ["addaddress"]))
        let client = harness.client(transport: kind.transport)
        await #expect(throws: AfilnetError.writeNotApplied(cause: .httpStatus(500, preview: "Internal Server Error"))) {
            try await client.addAddress(sampleAddress)
        }
        await harness.stop()
    }

    @Test func aTruncatedDeleteIsConfirmedByReReading() async throws {
        let harness = try await ClientHarness(faults: FaultInjection(mode: .truncated, methods: ["deleteaddress"]))
        let receipt = try await harness.client().deleteAddress(id: 1000)
        #expect(receipt == .confirmedAfterLostAnswer(.truncated))
        #expect(try await harness.client().addresses().contains { $0.id == 1000 } == false)
        await harness.stop()
    }

    @Test func aChannelSwitchWhoseAnswerIsLostIsConfirmedByReReading() async throws {
        let harness = try await ClientHarness(faults: FaultInjection(mode: .html502, methods: ["modifychannel"]))
        // 502 strikes before processing: the switch did not happen.
        await #expect(throws: AfilnetError.self) { try await harness.client().setChannel("sms", active: false) }
        #expect(try await harness.client().channels().first?.isActive == true)
        await harness.stop()

        let slow = try await ClientHarness(
            faults: FaultInjection(mode: .slow, slowDelay: .seconds(4), methods: ["modifychannel"]))
        let receipt = try await slow.client(timeout: .milliseconds(1500)).setChannel("sms", active: false)
        #expect(receipt == .confirmedAfterLostAnswer(.transport(.timedOut(seconds: 1.5))))
        await slow.stop()
    }

    @Test func whenTheReReadFailsTooTheOutcomeIsUnknown() async throws {
        let harness = try await ClientHarness(faults: FaultInjection(mode: .slow, slowDelay: .seconds(4)))
        let client = harness.client(timeout: .milliseconds(1500))
        do {
            try await client.deleteAddress(id: 1000)
            Issue.record("no error")
        } catch {
            #expect(error == .writeOutcomeUnknown(cause: .transport(.timedOut(seconds: 1.5))))
            #expect(error.description.contains("may or may not have been applied"))
        }
        await harness.stop()
    }
}
