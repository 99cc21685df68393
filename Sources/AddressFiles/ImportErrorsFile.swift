import AfilnetAPI
import Foundation

/// The rows an import could not add, as CSV with the reason in an `error` column: fix them
/// and import the file as it is (the importer reads past `error`).
public enum ImportErrorsFile {
    public static let errorColumn = "error"
    static let columns = APIField.newAddress.map(\.rawValue)

    public static func write(_ failures: [(row: ImportRow, reason: String)], to path: String) throws {
        var text = CSVWriter.record(columns + [errorColumn])
        for failure in failures {
            text += CSVWriter.record(columns.map { failure.row.values[$0] ?? "" } + [failure.reason])
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
