import AddressFiles
import ArgumentParser

/// `--delimiter`: `,` `;` or TAB (`tab`, `\t`, or the character itself).
struct Delimiter: ExpressibleByArgument {
    let byte: UInt8

    init?(argument: String) {
        switch argument.lowercased() {
        case ",", "comma": byte = UInt8(ascii: ",")
        case ";", "semicolon": byte = UInt8(ascii: ";")
        case "tab", "\\t", "\t": byte = 0x09
        default: return nil
        }
    }

    static var allValueStrings: [String] { [",", ";", "tab"] }
}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
