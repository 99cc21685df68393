import Foundation
import AfilnetAPI

/// The address table: list state, loading and error, the row opened in detail, and the
/// address waiting for delete confirmation.
public struct AddressListModel: Sendable {
    /// The table's columns: ID, name, company, document, country, city, ZIP, street,
    /// verified, address verified (their titles are the catalogue's).
    public static let columnCount = 10

    public var list = ListState<Address>(
        matches: AddressListModel.matches, compare: AddressListModel.compare,
        textKey: { address, column in (1...7).contains(column) ? AddressListModel.cell(address, column) : nil })
    public var loading = false
    public var loaded = false
    public var error: AfilnetError?
    public var detail: Address?
    public var pendingDelete: Address?
    /// Ids being deleted (the rows stay until the server confirms).
    public var deleting: Set<Int64> = []

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

    @Sendable static func matches(_ address: Address, _ needle: SearchNeedle) -> Bool {
        needle.found(in: address.contactName) || needle.found(in: address.companyName) || needle.found(in: address.documentID)
            || needle.found(in: address.countryCode) || needle.found(in: address.cityName) || needle.found(in: address.zipCode)
            || needle.found(in: address.street) || needle.found(in: String(address.id))
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

    mutating func apply(_ result: Result<[Address], AfilnetError>) {
        loading = false
        switch result {
        case .success(let addresses):
            list.setRows(addresses) { $0.id == $1.id }
            loaded = true
            error = nil
        case .failure(let failure):
            error = failure
        }
    }
}
