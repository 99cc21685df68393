@testable import AfilnetAPI
import AfilnetSandbox
import Foundation
import Testing

@Suite("The password never leaks: journal bytes, URLs, error messages")
struct SecrecyTests {
    @Test(arguments: AuthMode.allCases)
    func thePasswordIsNeverJournaledNorInPostOrBasicURLs(auth: AuthMode) async throws {
        let harness = try await ClientHarness()
        let secret = "Pa55-\(UUID().uuidString.prefix(8))"
        try harness.server.store.addCredential(user: "ops", password: secret, allowedIPs: [])
        let recording = RecordingTransport(ClientHarness.transport)
        let client = harness.client(auth: auth, user: "ops", password: secret, transport: recording)
        _ = try await client.balance()
        _ = try await client.addresses()
        // A value that happens to hold the password is scrubbed too.
        var echo = sampleAddress
        echo.street = "Street \(secret)"
        try await client.addAddress(echo)
        await #expect(throws: AfilnetError.self) { _ = try await harness.client(auth: auth, user: "ops", password: secret + "x").balance() }

        let journal = try String(contentsOfFile: harness.journalPath, encoding: .utf8)
        #expect(journal.contains("getbalance"))
        #expect(!journal.contains(secret))
        #expect(!journal.contains("Authorization"))
        #expect(!journal.contains(Data("ops:\(secret)".utf8).base64EncodedString()))
        if auth != .get {
            #expect(recording.requests.allSatisfy { !$0.url.contains(secret) && !$0.url.contains("password") })
        } else {
            #expect(recording.requests.allSatisfy { $0.url.contains("password=") })
        }
        let entries = RequestJournal(path: harness.journalPath).entries()
        #expect(entries.count >= 4)
        #expect(entries.allSatisfy { $0.parameters["user"] == "ops" || $0.parameters["user"] == nil })
        await harness.stop()
    }

    @Test(arguments: AuthMode.allCases)
    func errorMessagesNeverCarryThePassword(auth: AuthMode) async throws {
        let secret = "Zx-secret-Zx"
        let failures: [(String, FaultInjection?)] = [
            ("http://127.0.0.1:1/api/http/", nil),
            ("", FaultInjection(mode: .http500)), ("", FaultInjection(mode: .html502)),
            ("", FaultInjection(mode: .truncated)), ("", FaultInjection(mode: .reset)),
            ("", FaultInjection(mode: .slow, slowDelay: .seconds(2))),
        ]
        for (url, fault) in failures {
            var harness: ClientHarness?
            var endpoint = try Endpoint(url.isEmpty ? "http://127.0.0.1:1/" : url)
            if let fault {
                harness = try await ClientHarness(faults: fault)
                endpoint = harness!.endpoint
            }
            let client = AfilnetClient(
                configuration: ClientConfiguration(
                    endpoint: endpoint, auth: auth, credentials: Credentials(user: "demo", password: secret),
                    requestTimeout: .milliseconds(400), retry: .none),
                transport: ClientHarness.transport)
            do {
                _ = try await client.balance()
                Issue.record("no error")
            } catch {
                #expect(!error.description.contains(secret))
                #expect(!String(describing: error).contains(secret))
                #expect(!String(reflecting: error).contains(secret))
            }
            #expect(!String(describing: client.configuration.credentials).contains(secret))
            await harness?.stop()
        }
    }
}
