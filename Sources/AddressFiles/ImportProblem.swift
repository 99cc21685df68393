import AfilnetAPI
import Localization

/// What is wrong with an import file, by line (the line a record starts on; 0 for the file
/// as a whole). Said in the user's language by `text(in:)` (see `ImportWording`).
public struct ImportProblem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case emptyFile
        case csv(CSVReader.Problem)
        /// A JSON Lines line that is not one JSON object (the parser's reason).
        case notJSONObject(String)
        case missingColumns([String])
        case unknownColumns([String])
        case duplicateColumn(String)
        case fieldCount(found: Int, expected: Int)
        /// A value of the wrong kind: a city id that is not a whole number, a flag not 0/1.
        case notANumber(String)
        case notAFlag(String)
        /// An address's own problem (required, too long, unknown country, city id ≤ 0).
        case field(FieldProblem)
        case companyNameForPerson
        /// The same address as an earlier line of the file.
        case duplicateRow(firstLine: Int)
    }

    public let line: Int
    public let kind: Kind

    public init(line: Int, _ kind: Kind) {
        self.line = line
        self.kind = kind
    }
}

/// One address of the file, ready to send, with the line it came from and its fields as
/// written (for the errors file).
public struct ImportRow: Sendable {
    public let line: Int
    public let address: NewAddress
    public let values: [String: String]
}

extension ImportProblem {
    /// "line 7: countrycode is not an ISO 3166-1 alpha-2 country code…", in `text`'s language.
    public func text(in text: Catalogue) -> String {
        let what: String = switch kind {
        case .emptyFile: text.importEmptyFile
        case .csv(.unterminatedQuote): text.importUnterminatedQuote
        case .csv(.strayQuote): text.importStrayQuote
        case .csv(.notUTF8(let field)): text.importNotUTF8(field)
        case .csv(.fieldTooLong(let field, let bytes)): text.importFieldTooLong(field, bytes)
        case .notJSONObject(let reason): text.importNotJSONObject(reason)
        case .missingColumns(let names): text.importMissingColumns(names.joined(separator: ", "))
        case .unknownColumns(let names): text.importUnknownColumns(names.joined(separator: ", "))
        case .duplicateColumn(let name): text.importDuplicateColumn(name)
        case .fieldCount(let found, let expected): text.importFieldCount(found, expected)
        case .notANumber(let field): text.importNotANumber(field)
        case .notAFlag(let field): text.importNotAFlag(field)
        case .field(let problem): problem.text(in: text)
        case .companyNameForPerson: text.importCompanyNameForPerson
        case .duplicateRow(let first): text.importDuplicateRow(first)
        }
        return text.importLine(line, what)
    }
}
