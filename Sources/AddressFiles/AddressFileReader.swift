import AfilnetAPI
import Foundation

/// Reads a whole import file (CSV with the API's field names as its header, or JSON Lines
/// with them as keys) into rows ready to send and every problem found, each with its line.
/// Nothing is sent on the strength of a file with problems: the caller shows them all.
public enum AddressFileReader {
    /// Columns a file must have: `addaddress`'s parameters. `companyname` and `iscompany` may
    /// be left out of a file of people; `id`, `verified` and `addressverified` (an export's)
    /// are read past — the provider sets them.
    static let required: [APIField] = [.namelastname, .documentid, .countrycode, .cityid, .cityname, .zipcode, .address]
    /// An errors file's `error` column is read past too.
    static let known = Set(APIField.addressRecord.map(\.rawValue) + [ImportErrorsFile.errorColumn])

    /// `delimiter`: between CSV fields; nil reads it from the header (`CSVDelimiter`).
    public static func read(_ bytes: [UInt8], delimiter: UInt8? = nil) -> (rows: [ImportRow], problems: [ImportProblem]) {
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard content.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            return ([], [ImportProblem(line: 0, .emptyFile)])
        }
        var rows: [ImportRow] = []
        var problems: [ImportProblem] = []
        var firstLine: [AddressKey: Int] = [:]
        func report(_ problem: ImportProblem) { problems.append(problem) }
        func take(_ line: Int, _ values: [String: String]) {
            switch address(values) {
            case .failure(let kinds): problems += kinds.all.map { ImportProblem(line: line, $0) }
            case .success(let address):
                let key = AddressKey(address)
                if let first = firstLine[key] {
                    problems.append(ImportProblem(line: line, .duplicateRow(firstLine: first)))
                } else {
                    firstLine[key] = line
                    rows.append(ImportRow(line: line, address: address, values: values))
                }
            }
        }
        switch AddressFileFormat.detect(bytes) {
        case .jsonl, .json: readJSONLines(content, take: take, report: report)
        case .csv: readCSV(bytes, delimiter: delimiter ?? CSVDelimiter.detect(content), take: take, report: report)
        }
        return (rows, problems)
    }

    private static func readCSV(_ bytes: [UInt8], delimiter: UInt8, take: (Int, [String: String]) -> Void, report: (ImportProblem) -> Void) {
        var reader = CSVReader(bytes, delimiter: delimiter)
        var header: [String]?
        var reported = false
        func problem(_ found: ImportProblem) {
            reported = true
            report(found)
        }
        while let next = reader.next() {
            let record: CSVReader.Record
            switch next {
            case .failure(let found):
                problem(ImportProblem(line: found.line, .csv(found.problem)))
                if header == nil { return }  // no header to read the rest by
                continue
            case .success(let value): record = value
            }
            if record.fields == [""] { continue }  // a blank line
            guard let columns = header else {
                let names = record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if let kind = headerProblem(names) {
                    problem(ImportProblem(line: record.line, kind))
                    return
                }
                header = names
                continue
            }
            guard record.fields.count == columns.count else {
                problem(ImportProblem(line: record.line, .fieldCount(found: record.fields.count, expected: columns.count)))
                continue
            }
            take(record.line, Dictionary(uniqueKeysWithValues: zip(columns, record.fields)))
        }
        if header == nil, !reported { report(ImportProblem(line: 0, .emptyFile)) }
    }

    private static func readJSONLines(_ bytes: [UInt8], take: (Int, [String: String]) -> Void, report: (ImportProblem) -> Void) {
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            var content = Array(line)
            if content.last == 0x0D { content.removeLast() }
            guard content.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            guard String(validating: content, as: UTF8.self) != nil else {
                report(ImportProblem(line: number, .csv(.notUTF8(field: 0))))
                continue
            }
            guard case .object(let object) = try? JSONParser.parse(content) else {
                let reason: String
                do { _ = try JSONParser.parse(content); reason = "not an object" } catch { reason = "\(error)" }
                report(ImportProblem(line: number, .notJSONObject(reason)))
                continue
            }
            let keys = object.members.map(\.key)
            if let kind = headerProblem(keys) {
                report(ImportProblem(line: number, kind))
                continue
            }
            var values: [String: String] = [:]
            for (key, value) in object.members {
                switch value {
                case .string(let text): values[key] = text
                case .number(let text): values[key] = text
                case .bool(let flag): values[key] = flag ? "1" : "0"
                case .null: values[key] = ""
                case .array, .object: values[key] = "\u{FFFF}"  // no address field holds one: refused below
                }
            }
            take(number, values)
        }
    }

    /// A header (or a JSON line's keys) that cannot be read by: the first problem.
    static func headerProblem(_ names: [String]) -> ImportProblem.Kind? {
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted { return .duplicateColumn(name) }
        let unknown = names.filter { !known.contains($0) }
        if !unknown.isEmpty { return .unknownColumns(unknown) }
        let missing = required.map(\.rawValue).filter { !seen.contains($0) }
        if !missing.isEmpty { return .missingColumns(missing) }
        return nil
    }

    /// The address a row describes, or everything wrong with it.
    struct RowProblems: Error { let all: [ImportProblem.Kind] }

    static func address(_ values: [String: String]) -> Result<NewAddress, RowProblems> {
        var problems: [ImportProblem.Kind] = []
        func value(_ field: APIField) -> String { values[field.rawValue] ?? "" }
        let isCompany: Bool
        switch value(.iscompany).trimmingCharacters(in: .whitespaces).lowercased() {
        case "", "0", "false": isCompany = false
        case "1", "true": isCompany = true
        default:
            problems.append(.notAFlag(APIField.iscompany.rawValue))
            isCompany = false
        }
        let cityText = value(.cityid).trimmingCharacters(in: .whitespaces)
        var cityID: Int64 = 0
        if !cityText.isEmpty {
            if let number = Int64(cityText) { cityID = number } else { problems.append(.notANumber(APIField.cityid.rawValue)) }
        }
        if !isCompany, !value(.companyname).isEmpty { problems.append(.companyNameForPerson) }
        let address = NewAddress(
            contactName: value(.namelastname), isCompany: isCompany, companyName: isCompany ? value(.companyname) : "",
            documentID: value(.documentid), countryCode: value(.countrycode).trimmingCharacters(in: .whitespaces),
            cityID: cityID, cityName: value(.cityname), zipCode: value(.zipcode), street: value(.address))
        for problem in address.problems() {
            // A city id that is not a number was said as such already.
            if problem.field == .cityid, problems.contains(.notANumber(APIField.cityid.rawValue)) { continue }
            problems.append(.field(problem))
        }
        if values.values.contains("\u{FFFF}") { problems.append(.notJSONObject("a value is an array or an object")) }
        return problems.isEmpty ? .success(address) : .failure(RowProblems(all: problems))
    }
}
