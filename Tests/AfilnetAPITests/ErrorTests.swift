@testable import AfilnetAPI
import AfilnetSandbox
import Foundation
import Testing

@Suite("Every error code and failure through the client")
struct ClientErrorTests {
    /// (call, expected code): every code the sandbox can answer, reached through the client.
    @Test(arguments: AuthMode.allCases)
    func everyAPICode(auth: AuthMode) async throws {
        let harness = try await ClientHarness()
        let client = harness.client(auth: auth)
        func code(_ work: () async throws -> Void) async -> APIErrorCode? {
            do { try await work() } catch { if case .api(let code) = error as? AfilnetError { return code } }
            return nil
        }
        #expect(await code { _ = try await harness.client(auth: auth, user: "").balance() } == .missingUser)
        #expect(await code { _ = try await harness.client(auth: auth, password: "").balance() } == .missingPassword)
        #expect(await code { _ = try await harness.client(auth: auth, password: "wrong").balance() } == .incorrectUserPassword)
        #expect(await code { _ = try await client.call(apiClass: "", method: "getbalance") } == .missingClass)
        #expect(await code { _ = try await client.call(apiClass: "sms", method: "getbalance") } == .incorrectClass)
        #expect(await code { _ = try await client.call(method: "") } == .missingMethod)
        #expect(await code { _ = try await client.call(method: "sendsms") } == .incorrectMethod)
        #expect(await code { _ = try await client.call(method: "deleteaddress") } == .missingCompulsoryParam)
        let address = sampleAddress.parameters
        func addressWith(_ name: String, _ value: String) -> [(String, String)] {
            address.map { $0.0 == name ? ($0.0, value) : $0 }
        }
        #expect(await code { _ = try await client.call(method: "addaddress", parameters: addressWith("countrycode", "")) } == .emptyCountryCode)
        #expect(await code { _ = try await client.call(method: "addaddress", parameters: addressWith("countrycode", "XX")) } == .countryNotFound)
        #expect(await code { _ = try await client.call(method: "addaddress", parameters: addressWith("cityname", "")) } == .emptyCity)
        #expect(await code { _ = try await client.call(method: "addaddress", parameters: addressWith("iscompany", "x")) } == .invalidParameter)
        var farCity = sampleAddress
        farCity.cityID = 999
        #expect(await code { try await client.addAddress(farCity) } == .cityNotFound)
        #expect(await code { try await client.deleteAddress(id: 42) } == .addressNotFound)
        #expect(await code { try await client.setChannel("pigeon", active: true) } == .channelNotFound)
        try harness.server.store.addCredential(user: "far", password: "pw", allowedIPs: [IPRange("10.0.0.0/8")!])
        #expect(await code { _ = try await harness.client(auth: auth, user: "far", password: "pw").balance() } == .ipNotAllowed)
        await harness.stop()
    }

    @Test func cityNotFoundPointsAtTheCityField() {
        #expect(APIErrorCode.cityNotFound.parameter == .cityid)
        #expect(APIErrorCode.countryNotFound.parameter == .countrycode)
        #expect(APIErrorCode.emptyCity.parameter == .cityname)
        #expect(APIErrorCode.incorrectUserPassword.parameter == nil)
    }

    @Test func localValidationStopsBadAddressesBeforeSending() async throws {
        let harness = try await ClientHarness()
        let recording = RecordingTransport(ClientHarness.transport)
        let client = harness.client(transport: recording)
        var bad = sampleAddress
        bad.countryCode = "XX"
        bad.companyName = ""
        bad.cityID = 0
        do {
            try await client.addAddress(bad, knownAddresses: [])
            Issue.record("a bad address was accepted")
        } catch {
            #expect(error == .invalidInput([
                FieldProblem(field: .companyname, kind: .required),
                FieldProblem(field: .countrycode, kind: .unknownCountry),
                FieldProblem(field: .cityid, kind: .notAPositiveNumber),
            ]))
        }
        #expect(recording.requests.isEmpty)
        await harness.stop()
    }

    @Test(arguments: TransportKind.allCases)
    func eachFaultGivesItsOwnReadableError(_ kind: TransportKind) async throws {
        let expectations: [(FaultMode, (AfilnetError) -> Bool)] = [
            (.http500, { if case .httpStatus(500, let preview) = $0 { preview == "Internal Server Error" } else { false } }),
            (.html502, { if case .httpStatus(502, let preview) = $0 { preview.contains("502 Bad Gateway") } else { false } }),
            (.truncated, { $0 == .truncated }),
            (.reset, { $0 == .transport(.connectionReset) }),
            (.slow, { $0 == .transport(.timedOut(seconds: 1.5)) }),
        ]
        for (mode, matches) in expectations {
            let harness = try await ClientHarness(faults: FaultInjection(mode: mode, slowDelay: .seconds(4)))
            do {
                _ = try await harness.client(timeout: .milliseconds(1500), transport: kind.transport).balance()
                Issue.record("\(mode) gave no error")
            } catch {
                #expect(matches(error), "\(mode): \(error)")
                #expect(!error.description.isEmpty)
            }
            await harness.stop()
        }
    }

    @Test(arguments: TransportKind.allCases)
    func notJSONAndRefusedConnections(_ kind: TransportKind) async throws {
        let refused = AfilnetClient(
            configuration: ClientConfiguration(
                endpoint: try Endpoint("http://127.0.0.1:1/api/http/"), credentials: Credentials(user: "u", password: "p"),
                retry: .none),
            transport: kind.transport)
        await #expect(throws: AfilnetError.transport(.connectionRefused)) { _ = try await refused.balance() }

        let harness = try await ClientHarness()
        let wrongPath = AfilnetClient(
            configuration: ClientConfiguration(
                endpoint: try Endpoint("http://127.0.0.1:\(harness.port)/nothing/"),
                credentials: Credentials(user: "demo", password: "demo"), retry: .none),
            transport: kind.transport)
        await #expect(throws: AfilnetError.httpStatus(404, preview: "Not Found: the API is served at /api/http/, /api/soap/ and /api/token/")) {
            _ = try await wrongPath.balance()
        }
        await harness.stop()
    }

    @Test func readsAreRetriedUntilTheyGetThrough() async throws {
        let harness = try await ClientHarness(faults: FaultInjection(mode: .http500, rate: 0.5, seed: 3))
        let client = harness.client(retry: RetryPolicy(maxAttempts: 8, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20)))
        for _ in 0..<10 { #expect(try await client.balance().text == "152.34") }
        let attempts = RequestJournal(path: harness.journalPath).entries().map(\.attempt)
        #expect(attempts.contains { $0 > 1 })
        await harness.stop()
    }
}
