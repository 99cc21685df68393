import Foundation
import Testing

/// Address files as a spreadsheet program writes them, made by Gnumeric's `ssconvert` in
/// headless mode: `;` between fields and Windows-1252, as an Estonian (German, French…)
/// spreadsheet on Windows saves "CSV"; TAB-separated text. And the export for such a
/// spreadsheet (`--excel`), read back by Python's csv module and its Sniffer.
@Suite("Files from spreadsheets: ssconvert's ; and TAB, Windows-1252, --excel")
struct SpreadsheetImportTests {
    static let source = """
        namelastname,iscompany,companyname,documentid,countrycode,cityid,cityname,zipcode,address
        Mari Tamm,0,,38001010000,EE,1,Tallinn,10115,Rüütli 12
        Jüri Õunapuu,1,Šokolaad OÜ,12345678,EE,2,Tartu,50090,"Küüni 5; II korrus"

        """

    /// `ssconvert` from a UTF-8 CSV to text with `separator` in `charset`.
    static func convert(_ source: URL, to target: URL, separator: String, charset: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssconvert")
        process.arguments = ["--export-type=Gnumeric_stf:stf_assistant", "-O", "separator='\(separator)' charset=\(charset)", source.path, target.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func semicolonsInWindows1252AndTabsImport() async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        let source = harness.home.appendingPathComponent("source.csv")
        try Self.source.write(to: source, atomically: true, encoding: .utf8)
        let semicolons = harness.home.appendingPathComponent("excel-et.csv"), tabs = harness.home.appendingPathComponent("tabs.txt")
        try Self.convert(source, to: semicolons, separator: ";", charset: "windows-1252")
        try Self.convert(source, to: tabs, separator: "\t", charset: "UTF-8")
        let bytes = try Data(contentsOf: semicolons)
        #expect(bytes.contains(0x8A), "Š as Windows-1252 writes it")
        #expect(String(decoding: bytes.prefix(40), as: UTF8.self).hasPrefix("namelastname;iscompany;"))

        // Read as UTF-8, the first byte that is not names its line and the fix.
        let asUTF8 = try await cli.run("addresses", "import", semicolons.path, "--dry-run")
        #expect(asUTF8.status == 65)
        #expect(asUTF8.errors.contains("line 2: field 9 is not UTF-8 text (save the file as UTF-8, or read it with --encoding windows-1252)"))
        let dry = try await cli.run("addresses", "import", semicolons.path, "--dry-run", "--encoding", "windows-1252")
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.hasPrefix("2 rows valid, 0 of them already on the account"))
        let tabbed = try await cli.run("addresses", "import", tabs.path, "--dry-run")
        #expect(tabbed.status == 0, "\(tabbed.errors)")
        // A delimiter given that the file does not use: its header is one unknown column.
        #expect(try await cli.run("addresses", "import", tabs.path, "--dry-run", "--delimiter", ";").status == 65)

        let imported = try await cli.run("addresses", "import", semicolons.path, "--encoding", "cp1252", "--rate", "0")
        #expect(imported.status == 0, "\(imported.errors)")
        let listed = try await cli.run("addresses", "list", "--json")
        #expect(listed.output.contains("Šokolaad OÜ") && listed.output.contains("Küüni 5; II korrus") && listed.output.contains("Jüri Õunapuu"))
        await harness.stop()
    }

    @Test func theExcelExportIsWhatASpreadsheetReads() async throws {
        let harness = try await CommandHarness()
        let file = harness.home.appendingPathComponent("for-excel.csv")
        let exported = try await harness.runner().run("addresses", "export", "--excel", "--output", file.path)
        #expect(exported.status == 0, "\(exported.errors)")
        let bytes = try Data(contentsOf: file)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        // Python's csv.Sniffer finds the delimiter; its reader gets every row's fields.
        let script = """
            import csv, json, sys
            text = open(sys.argv[1], encoding="utf-8-sig", newline="").read()
            dialect = csv.Sniffer().sniff(text.splitlines()[0])
            rows = list(csv.reader(text.splitlines(keepends=True), delimiter=dialect.delimiter))
            print(json.dumps({"delimiter": dialect.delimiter, "header": rows[0], "rows": len(rows) - 1}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let read = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(read?["delimiter"] as? String == ";")
        #expect((read?["header"] as? [String])?.first == "id")
        #expect(read?["rows"] as? Int == 6)
        // And it imports again as it is.
        #expect(try await harness.runner().run("addresses", "import", file.path, "--dry-run").output.hasPrefix("6 rows valid, 6 of them already"))
        #expect(try await harness.runner().run("addresses", "export", "--excel", "--format", "jsonl").status == 64)
        await harness.stop()
    }
}
