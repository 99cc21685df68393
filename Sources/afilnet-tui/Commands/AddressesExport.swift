import AddressFiles
import AfilnetAPI
import ArgumentParser
import Foundation

extension AddressFileFormat: ExpressibleByArgument {}

extension AddressesCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write every address to a file: CSV (default), JSON Lines or a JSON array.",
            discussion: """
                Every field, named as the API names it (the CSV header: \(AddressFileFormat.fields.map(\.rawValue).joined(separator: ","))).
                CSV is RFC 4180: UTF-8, CRLF, fields quoted when they hold a comma, a quote or a line break. The file is
                written beside its name and renamed into place, so a failed export leaves no half file.
                Example: afilnet-tui addresses export --output addresses.csv
                """)
        @OptionGroup var connection: ConnectionOptions
        @Option(help: "csv, jsonl or json.") var format: AddressFileFormat = .csv
        @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
        var output: String?
        @Flag(help: "Start a CSV with a UTF-8 byte order mark (for spreadsheet programs that want one).")
        var bom = false
        @Option(help: ArgumentHelp("Between CSV fields: ',' (default), ';' or tab.", valueName: "char")) var delimiter: Delimiter?
        @Flag(help: "For a spreadsheet where ',' is the decimal mark (Excel, LibreOffice in Estonian, German…): ';' and a byte order mark.")
        var excel = false

        func validate() throws {
            try connection.validate()
            if format != .csv, excel || delimiter != nil || bom { throw ValidationError("--excel, --delimiter and --bom go with --format csv") }
            if excel, let delimiter, delimiter.byte != UInt8(ascii: ";") { throw ValidationError("--excel writes ';': it cannot go with another --delimiter") }
        }

        func run() async throws {
            let session = try connection.connect()
            let addresses: [Address]
            do { addresses = try await session.client.addresses() } catch { throw fail(error, session.text) }
            do {
                // A reader that goes away (`| head`) ends the export as it ends any filter.
                if output == nil { signal(SIGPIPE, SIG_DFL) }
                try AddressFileWriter.write(
                    addresses, format: format, byteOrderMark: bom || excel,
                    delimiter: excel ? UInt8(ascii: ";") : delimiter?.byte ?? UInt8(ascii: ","), to: output)
            } catch {
                throw fail("cannot write \(output ?? "standard output"): \(error.localizedDescription)", status: ExitStatus.configuration)
            }
            if let output { FileHandleOutput.standardError("afilnet-tui: \(session.text.exportDone(addresses.count, output))\n") }
        }
    }
}
