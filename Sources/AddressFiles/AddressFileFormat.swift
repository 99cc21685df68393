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

/// Writes addresses one at a time into a buffer the caller drains (`take`) to its file, so
/// 100,000 addresses never exist as one text: the list, and a few kilobytes of output.
public struct AddressFileWriter: Sendable {
    public let format: AddressFileFormat
    private var json = JSONWriter(capacity: 1 << 16)
    private var count = 0

    /// `byteOrderMark`: a UTF-8 BOM first (some spreadsheet programs want one), CSV only.
    public init(format: AddressFileFormat, byteOrderMark: Bool = false) {
        self.format = format
        switch format {
        case .csv:
            if byteOrderMark { json.raw("\u{FEFF}") }
            json.raw(CSVWriter.record(AddressFileFormat.fields.map(\.rawValue)))
        case .json: json.raw("[")
        case .jsonl: break
        }
    }

    public mutating func write(_ address: Address) {
        let values = AddressFileFormat.values(address)
        switch format {
        case .csv: json.raw(CSVWriter.record(values))
        case .jsonl, .json:
            if format == .json { json.raw(count == 0 ? "\n" : ",\n") }
            json.raw("{")
            for (index, field) in AddressFileFormat.fields.enumerated() {
                if index > 0 { json.raw(",") }
                json.key(field.rawValue)
                if AddressFileFormat.isNumeric(field) { json.raw(values[index]) } else { json.string(values[index]) }
            }
            json.raw(format == .jsonl ? "}\n" : "}")
        }
        count += 1
    }

    /// Bytes written and not yet taken.
    public var pending: Int { json.bytes.count }

    /// What is written so far, handed over and forgotten.
    public mutating func take() -> [UInt8] {
        defer { json.removeAll() }
        return json.bytes
    }

    /// The end of the file (the JSON array's bracket), handed over.
    public mutating func finish() -> [UInt8] {
        if format == .json { json.raw(count == 0 ? "]\n" : "\n]\n") }
        return take()
    }
}
