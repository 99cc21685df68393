@testable import AfilnetAPI
import AfilnetSandbox
import Foundation
import Testing

/// One of the eight ways a client can reach the API: HTTP or SOAP × post, get, basic or jwt.
struct WayIn: CustomTestStringConvertible, Sendable {
    let api: APIKind
    let auth: AuthMode
    var testDescription: String { "\(api.rawValue)+\(auth.rawValue)" }
    static let all = APIKind.allCases.flatMap { api in AuthMode.allCases.map { WayIn(api: api, auth: $0) } }
}

/// Text that XML and form encodings both have to carry intact (docs/api.md, "SOAP", "Text").
let hostileName = "Jüri <Õun> & \"Co\" ]]> 'x' \t tab\r\nline 😀 \u{85}\u{9B}31m e\u{301} שלום"

@Suite("Every method over every way in: HTTP and SOAP, post, get, Basic and JWT", .serialized)
struct WaysInTests {
    @Test(arguments: WayIn.all)
    func everyMethodWorksTheSameWay(_ way: WayIn) async throws {
        let harness = try await ClientHarness()
        let client = harness.client(auth: way.auth, api: way.api)
        // The same answers as the default way (HTTP POST), field for field.
        let plain = harness.client()
        #expect(try await client.balance() == plain.balance())
        let before = try await client.addresses()
        #expect(before == (try await plain.addresses()))
        #expect(before.count == 6)
        #expect(try await client.channels() == plain.channels())

        var address = sampleAddress
        address.contactName = hostileName
        address.street = "Pikk 1 <&> ]]>"
        #expect(try await client.addAddress(address, knownAddresses: before) == .confirmed)
        let added = try #require(try await client.addresses().first { !before.map(\.id).contains($0.id) })
        #expect(added.contactName == hostileName)
        #expect(added.street == "Pikk 1 <&> ]]>")
        #expect(try await client.deleteAddress(id: added.id) == .confirmed)
        #expect(try await client.setChannel("sms", active: false) == .confirmed)
        #expect(try await client.channels().first { $0.name == "sms" }?.isActive == false)

        // The API's own errors come back as the same codes whichever way they went.
        await #expect(throws: AfilnetError.api(.addressNotFound)) { try await client.deleteAddress(id: 1) }
        await #expect(throws: AfilnetError.api(.channelNotFound)) { try await client.setChannel("nope", active: true) }
        var noCity = sampleAddress
        noCity.cityID = 999_999
        await #expect(throws: AfilnetError.api(.cityNotFound)) { try await client.addAddress(noCity, knownAddresses: before) }
        await #expect(throws: AfilnetError.api(.incorrectUserPassword)) {
            try await harness.client(auth: way.auth, api: way.api, password: "wrong").balance()
        }

        // The server saw each call come the way it was sent.
        try harness.server.flushLog()
        let log = try harness.server.store.requestLog(limit: 200).filter { $0.method == "getbalance" }
        #expect(log.first?.api == way.api.rawValue)
        let expectedAuth = switch way.auth {
        case .post, .get: "params"
        case .basic: "basic"
        case .jwt: "bearer"
        }
        #expect(log.first?.auth == expectedAuth)
        await harness.stop()
    }

    @Test func aTokenThatExpiresBetweenTwoCallsIsRenewedBeforeTheSecond() async throws {
        let harness = try await ClientHarness(tokenLifetime: 1)
        let client = harness.client(auth: .jwt)
        _ = try await client.balance()
        try await Task.sleep(for: .milliseconds(1200))
        _ = try await client.balance()
        try harness.server.flushLog()
        let log = try harness.server.store.requestLog()
        // Two tokens, and no call was refused for an old one.
        #expect(log.filter { $0.method == "token" }.count == 2)
        #expect(log.allSatisfy { !$0.response.contains("TOKEN_EXPIRED") })
        await harness.stop()
    }

    @Test(arguments: APIKind.allCases)
    func aRevokedTokenIsReplacedOnceAndTheWriteAppliedOnce(_ api: APIKind) async throws {
        let harness = try await ClientHarness()
        let client = harness.client(auth: .jwt, api: api)
        let before = try await client.addresses()
        _ = try harness.server.store.revokeTokens(access: "demo")
        #expect(try await client.addAddress(sampleAddress, knownAddresses: before) == .confirmed)
        #expect(try await client.addresses().filter { $0.matches(sampleAddress) }.count == 1)
        try harness.server.flushLog()
        let adds = try harness.server.store.requestLog().filter { $0.method == "addaddress" }
        // Sent twice, but the first was refused before anything was done.
        #expect(adds.count == 2)
        #expect(adds.first?.refusal == "token revoked")
        await harness.stop()
    }

    @Test func aRefusedTokenIsNotFetchedOverAndOver() async throws {
        let harness = try await ClientHarness()
        let client = harness.client(auth: .jwt, password: "wrong")
        await #expect(throws: AfilnetError.api(.incorrectUserPassword)) { try await client.balance() }
        try harness.server.flushLog()
        #expect(try harness.server.store.requestLog().map(\.method) == ["token"])
        await harness.stop()
    }

    @Test(arguments: [AuthMode.post, .jwt])
    func aWriteWhoseSOAPAnswerIsLostIsReconciledNotResent(_ auth: AuthMode) async throws {
        let harness = try await ClientHarness(faults: FaultInjection(mode: .truncated, methods: ["addaddress"]))
        let client = harness.client(auth: auth, api: .soap)
        let before = try await client.addresses()
        #expect(try await client.addAddress(sampleAddress, knownAddresses: before) == .confirmedAfterLostAnswer(.truncated))
        #expect(try await client.addresses().filter { $0.matches(sampleAddress) }.count == 1)
        try harness.server.flushLog()
        #expect(try harness.server.store.requestLog().filter { $0.method == "addaddress" }.count == 1)
        await harness.stop()
    }

    @Test func aSOAPReadCutShortIsRetriedLikeCutJSON() async throws {
        let harness = try await ClientHarness(faults: FaultInjection(modes: [.truncated], rate: 1, methods: ["getchannels"]))
        let client = harness.client(api: .soap, retry: RetryPolicy(maxAttempts: 2))
        await #expect(throws: AfilnetError.truncated) { try await client.channels() }
        try harness.server.flushLog()
        #expect(try harness.server.store.requestLog().filter { $0.method == "getchannels" }.count == 2)
        await harness.stop()
    }

    @Test func theJournalSaysWhichWayEachCallWentAndNeverHoldsTheToken() async throws {
        let harness = try await ClientHarness()
        let recording = RecordingTransport(ClientHarness.transport)
        let client = harness.client(auth: .jwt, api: .soap, transport: recording)
        _ = try await client.balance()
        let bearer = try #require(recording.requests.last?.headers.first { $0.0 == "Authorization" }?.1)
        #expect(bearer.hasPrefix("Bearer ey"))
        let token = String(bearer.dropFirst("Bearer ".count))
        let journal = try String(contentsOfFile: harness.journalPath, encoding: .utf8)
        #expect(!journal.contains(token))
        #expect(!journal.contains(token.split(separator: ".")[2]))
        let entries = RequestJournal(path: harness.journalPath).entries()
        #expect(entries.map(\.method) == ["token", "getbalance"])
        #expect(entries.last?.api == "soap")
        #expect(entries.last?.auth == "jwt")
        // The token request carried the password in its body, never in the URL.
        #expect(recording.requests.first?.url.hasSuffix("/api/token/") == true)
        #expect(recording.requests.first?.method == .post)
        await harness.stop()
    }

    @Test func theSOAPAndTokenEndpointsSitBesideTheHTTPOne() throws {
        let endpoint = try Endpoint("https://www.afilnet.com/api/http/")
        #expect(endpoint.sibling("soap") == "https://www.afilnet.com/api/soap/")
        #expect(try Endpoint("http://127.0.0.1:8787/api/http").sibling("token") == "http://127.0.0.1:8787/api/token/")
    }
}
