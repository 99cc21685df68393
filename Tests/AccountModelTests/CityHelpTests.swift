@testable import AccountModel
import AfilnetAPI
import Foundation
import Testing

/// The city id's help: the account's own ids per country, completed by number or by name.
@Suite("City id help in the form")
struct CityHelpTests {
    static func address(_ id: Int64, _ country: String, _ city: Int64, _ name: String) -> Address {
        Address(id: id, contactName: "P\(id)", isCompany: false, companyName: "", documentID: "D", countryCode: country,
                cityID: city, cityName: name, zipCode: "1", street: "S", verified: true, addressVerified: true)
    }

    static let rows: [Address] = (0..<312).map { address(Int64($0), "EE", 1, "Tallinn") }
        + (0..<85).map { address(Int64(1000 + $0), "ee", 2, $0 == 0 ? "tartu" : "Tartu") }
        + [address(5000, "EE", 7, "Tõrva"), address(5001, "LV", 1, "Rīga")]

    @Test func theAccountsIdsMostUsedFirstWithTheirCommonName() {
        let directory = CityDirectory(Self.rows)
        #expect(directory.cities(in: "ee") == [
            .init(id: 1, name: "Tallinn", count: 312), .init(id: 2, name: "Tartu", count: 85), .init(id: 7, name: "Tõrva", count: 1),
        ])
        #expect(directory.matching("t", in: "EE").map(\.id) == [1, 2, 7])
        #expect(directory.matching("TOR", in: "EE").map(\.id) == [7])  // marks and case aside
        #expect(directory.matching("2", in: "EE").map(\.id) == [2])
        #expect(directory.matching("riga", in: "LV").map(\.name) == ["Rīga"])
        #expect(directory.cities(in: "FI").isEmpty)
    }

    @Test func typingANameAndTabTakesItsIdAndName() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("2"), .character("a"), .tab, .tab, .tab)
        await harness.type("EE")
        await harness.press(.tab)
        #expect(harness.model.form.focusedField == .cityID)
        #expect(harness.model.form.citySuggestions.map(\.id) == [1, 2])
        await harness.type("tar")
        #expect(harness.model.form.problems[.cityID] == nil)
        #expect(harness.model.form.citySuggestions.map(\.name) == ["Tartu"])
        await harness.press(.tab)
        #expect(harness.model.form.value(.cityID) == "2")
        #expect(harness.model.form.value(.cityName) == "Tartu")
        // A name no city of the account has: said at once, as before.
        await harness.press(.backTab, .control("u"))
        await harness.type("x")
        #expect(harness.model.form.problems[.cityID] == .notAPositiveNumber)
        await harness.stop()
    }
}
