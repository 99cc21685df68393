import AfilnetAPI

/// Writes addresses one at a time into a buffer the caller drains (`take`) to its file, so
/// 100,000 addresses never exist as one text: the list, and a few kilobytes of output.
public struct AddressFileWriter: Sendable {
    public let format: AddressFileFormat
    /// Between CSV fields: `,`, or `;` for a spreadsheet where `,` is the decimal mark.
    public let delimiter: UInt8
    private var json = JSONWriter(capacity: 1 << 16)
    private var count = 0

    /// `byteOrderMark`: a UTF-8 BOM first (some spreadsheet programs want one), CSV only.
    public init(format: AddressFileFormat, byteOrderMark: Bool = false, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.format = format
        self.delimiter = delimiter
        switch format {
        case .csv:
            if byteOrderMark { json.raw("\u{FEFF}") }
            json.raw(CSVWriter.record(AddressFileFormat.fields.map(\.rawValue), delimiter: delimiter))
        case .json: json.raw("[")
        case .jsonl: break
        }
    }

    public mutating func write(_ address: Address) {
        let values = AddressFileFormat.values(address)
        switch format {
        case .csv: json.raw(CSVWriter.record(values, delimiter: delimiter))
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
