@testable import AccountModel
import AfilnetAPI
import Testing

@Suite("The / filter and sorting: case folding, typing on, byte-order keys")
struct FilterTests {
    @Test(arguments: [
        ("tall", "Tallinn", true), ("TALL", "tallinn", true), ("linn", "Tallinn", true), ("tallinnx", "Tallinn", false),
        ("õun", "Kalle Õunapuu", true), ("ÕUNA", "Õunapuu OÜ", true), ("東京", "東京 商事", true), ("商事 ", "東京 商事", false),
        ("sw1a", "SW1A 1AA", true), ("", "anything", true), ("a", "", false), ("@", "`", false), ("[", "{", false),
    ])
    func aNeedleIsFoundIgnoringCase(needle: String, field: String, found: Bool) {
        #expect(SearchNeedle(needle).found(in: field) == found)
    }

    static let cities = ["Tallinn", "Tartu", "Tokyo", "Toronto", "Madrid", "London", "Tampere", "Talinn", "Tallahassee", "Õismäe"]

    static func addresses() -> [Address] {
        (0..<500).map { n in
            Address(
                id: Int64(1000 + n), contactName: "Person \(n % 37)", isCompany: n % 3 == 0, companyName: n % 3 == 0 ? "Firma \(n % 11) OÜ" : "",
                documentID: "DOC\(n * 7919 % 1000)", countryCode: ["EE", "JP", "ES", "GB"][n % 4], cityID: 1,
                cityName: cities[n * 31 % cities.count], zipCode: "\(10000 + n * 13 % 900)", street: "Street \(n % 53)",
                verified: n % 2 == 0, addressVerified: n % 5 == 0)
        }
    }

    /// Typing a filter letter by letter (and taking letters back) shows exactly what the same
    /// filter typed at once shows, in the same order, with or without a sort.
    @Test(arguments: [nil, 1, 5])
    func typingOnMatchesFilteringAfresh(sortColumn: Int?) {
        var typed = AddressListModel().list
        typed.setRows(Self.addresses())
        if let sortColumn { typed.sort(by: sortColumn) }
        var text = ""
        for step in ["t", "a", "l", "l", "⌫", "⌫", "r", "⌫", "⌫", "⌫", "õ", "⌫", "⌫", "D", "O", "C", "1"] {
            if step == "⌫" { text = String(text.dropLast()) } else { text += step }
            typed.setFilter(text)
            var fresh = AddressListModel().list
            fresh.setRows(Self.addresses())
            if let sortColumn { fresh.sort(by: sortColumn) }
            fresh.setFilter(text)
            #expect(typed.visible == fresh.visible, "after typing '\(text)'")
            #expect(!fresh.visible.isEmpty || text == "tar", "'\(text)' should match something")
        }
    }

    /// Text columns sort on their UTF-8 bytes (code-point order), equal texts by id; the
    /// other way round when sorted again.
    @Test(arguments: 0..<AddressListModel.columns.count)
    func sortingOrdersByCodePointsThenID(column: Int) {
        var list = AddressListModel().list
        var rows = Self.addresses()
        rows[3].contactName = "Öö"
        rows[4].contactName = "Zed"
        rows[5].contactName = "東京"
        list.setRows(rows)
        list.sort(by: column)
        func key(_ address: Address) -> [UInt8] {
            column == 0 ? [] : Array(AddressListModel.cells(address)[column].utf8)
        }
        let expected = rows.indices.sorted { a, b in
            let (x, y) = (key(rows[a]), key(rows[b]))
            if column == 0 || x == y { return rows[a].id < rows[b].id }
            return x.lexicographicallyPrecedes(y)
        }
        if column == 0 || column >= 8 {
            #expect(list.visible.map { rows[$0].id } .sorted() == rows.map(\.id).sorted())  // compared, not keyed
        } else {
            #expect(list.visible == expected)
            list.sort(by: column)
            #expect(list.visible == expected.reversed())
        }
    }
}
