import Foundation
import AfilnetAPI

/// The address table: list state, whether it was loaded, and the last error.
public struct AddressListModel: Sendable {
    /// The table's columns: ID, name, company, document, country, city, ZIP, street,
    /// verified, address verified (their titles are the catalogue's).
    public static let columnCount = 10

    public var list = ListState<Address>(
        fields: AddressListModel.searchFields, compare: AddressListModel.compare,
        textKey: { address, column in (1...7).contains(column) ? AddressListModel.cell(address, column) : nil })
    public var loaded = false
    public var error: AfilnetError?

    /// From this many addresses on, the search index is built where the list is read.
    static let indexOffThreadFrom = 2_000

    public init() {}

    static func cell(_ address: Address, _ column: Int) -> String {
        switch column {
        case 0: String(address.id)
        case 1: address.contactName
        case 2: address.isCompany ? address.companyName : ""
        case 3: address.documentID
        case 4: address.countryCode
        case 5: address.cityName
        case 6: address.zipCode
        case 7: address.street
        case 8: address.verified ? "✓" : "·"
        default: address.addressVerified ? "✓" : "·"
        }
    }

    public static func cells(_ address: Address) -> [String] { (0..<columnCount).map { cell(address, $0) } }

    /// What the `/` filter searches in an address.
    @Sendable public static func searchFields(_ address: Address) -> [String] {
        [address.contactName, address.companyName, address.documentID, address.countryCode, address.cityName,
         address.zipCode, address.street, String(address.id)]
    }

    @Sendable static func compare(_ a: Address, _ b: Address, _ column: Int) -> Bool {
        switch column {
        case 0: return a.id < b.id
        case 8: return (a.verified ? 1 : 0, a.id) < (b.verified ? 1 : 0, b.id)
        case 9: return (a.addressVerified ? 1 : 0, a.id) < (b.addressVerified ? 1 : 0, b.id)
        default:
            // Text columns are sorted on their bytes (`textKey`, `SortKeys`); this only decides
            // between equal texts: by id.
            let (x, y) = (cell(a, column), cell(b, column))
            return x == y ? a.id < b.id : x < y
        }
    }

    /// The list read from the server, with its search index when it was built off the
    /// loop's thread; a derivation to run off it for a large list.
    mutating func apply(_ result: Result<[Address], AfilnetError>, index: SearchIndex?) -> ListState<Address>.Derivation? {
        switch result {
        case .success(let addresses):
            loaded = true
            error = nil
            return list.setRows(addresses, index: index) { $0.id == $1.id }
        case .failure(let failure):
            error = failure
            return nil
        }
    }
}
