@testable import AfilnetAPI
import AfilnetSandbox
import Foundation
import Testing

@Suite("Every method through the client, in each auth mode, with and without quirks")
struct ClientMethodTests {
    static let quirkSets: [Set<Quirk>] = [
        [], [.listWrapper, .stringNumbers, .balanceNumber, .lowercaseStatus], [.booleanFlags, .balanceObject],
    ]

    @Test(arguments: AuthMode.allCases, 0..<quirkSets.count)
    func fullJourney(auth: AuthMode, quirkSet: Int) async throws {
        for kind in TransportKind.allCases {
            let harness = try await ClientHarness(quirks: Self.quirkSets[quirkSet])
            try await Self.journey(harness.client(auth: auth, transport: kind.transport))
            await harness.stop()
        }
    }

    static func journey(_ client: AfilnetClient) async throws {

        let balance = try await client.balance()
        #expect(balance.amount == Decimal(string: "152.34"))
        #expect(balance.text == "152.34")

        let addresses = try await client.addresses()
        #expect(addresses.count == 6)
        let company = try #require(addresses.first { $0.companyName == "Õunapuu OÜ" })
        #expect(company.isCompany && company.verified && company.cityID == 2 && company.countryCode == "EE")
        #expect(addresses.first { $0.companyName == "東京 商事" }?.verified == false)

        #expect(try await client.addAddress(sampleAddress) == .confirmed)
        let added = try #require(try await client.addresses().first { $0.matches(sampleAddress) })
        #expect(added.street == "Narva mnt 5 & 7")
        #expect(try await client.deleteAddress(id: added.id) == .confirmed)
        #expect(try await client.addresses().contains { $0.id == added.id } == false)

        let channels = try await client.channels()
        #expect(channels.count == 9)
        #expect(channels.first == Channel(type: "sms", name: "sms", isActive: true))
        #expect(try await client.setChannel("sms", active: false) == .confirmed)
        #expect(try await client.channels().first?.isActive == false)
    }

    @Test(arguments: TransportKind.allCases)
    func aHundredThousandAddressesDecode(_ kind: TransportKind) async throws {
        let harness = try await ClientHarness()
        try harness.server.store.addSyntheticAddresses(100_000)
        let addresses = try await harness.client(transport: kind.transport).addresses()
        #expect(addresses.count == 100_006)
        #expect(Set(addresses.map(\.id)).count == 100_006)
        await harness.stop()
    }
}
