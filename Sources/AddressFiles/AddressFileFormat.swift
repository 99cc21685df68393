import AfilnetAPI

/// The files addresses travel in: CSV (RFC 4180, a header of the API's field names), JSON
/// Lines, or one JSON array. Every field of the API's record, named as the provider names
/// it, so a file means the same to a script, a spreadsheet and this tool.
public enum AddressFileFormat: String, Sendable, CaseIterable {
    case csv, jsonl, json

    /// The columns, in the API's order (`APIField.addressRecord`).
    public static let fields = APIField.addressRecord

    /// An import file's format: JSON Lines when its first non-blank byte opens an object,
    /// CSV otherwise (a `.json` array is for export only: it cannot be read a row at a time).
    public static func detect(_ bytes: [UInt8]) -> AddressFileFormat {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let first = bytes[start...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") ? .jsonl : .csv
    }

    /// One address as the file has it, field by field (flags as `0`/`1`, as the API sends them).
    static func values(_ address: Address) -> [String] {
        fields.map { field in
            switch field {
            case .id: String(address.id)
            case .namelastname: address.contactName
            case .iscompany: address.isCompany ? "1" : "0"
            case .companyname: address.companyName
            case .documentid: address.documentID
            case .countrycode: address.countryCode
            case .cityid: String(address.cityID)
            case .cityname: address.cityName
            case .zipcode: address.zipCode
            case .address: address.street
            case .verified: address.verified ? "1" : "0"
            case .addressverified: address.addressVerified ? "1" : "0"
            default: ""
            }
        }
    }

    /// Numbers and flags stay numbers in JSON; the rest are strings.
    static func isNumeric(_ field: APIField) -> Bool {
        [.id, .iscompany, .cityid, .verified, .addressverified].contains(field)
    }
}
