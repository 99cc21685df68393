import AfilnetSandbox
import Foundation
import Testing

/// `addresses export` and `addresses import` through the executable against the sandbox: the
/// round trip, awkward files, the errors file, Ctrl-C, and an import killed at random points
/// or losing its answers that still ends with every row exactly once.
@Suite("Address files: export, import, resume")
struct AddressFilesCommandTests {
    /// A file's rows without the columns the provider sets (id, verified, addressverified).
    static func withoutProviderColumns(_ csv: String) -> [String] {
        csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { line in
            var fields = line.components(separatedBy: ",")
            fields.removeFirst()
            fields.removeLast(2)
            return fields.joined(separator: ",")
        }
    }

    static func withoutProviderKeys(_ jsonl: String) -> [String] {
        jsonl.split(separator: "\n").map { line in
            String(line).replacingOccurrences(of: #"^\{"id":\d+,"#, with: "{", options: .regularExpression)
                .replacingOccurrences(of: #","verified":\d,"addressverified":\d\}$"#, with: "}", options: .regularExpression)
        }
    }

    @Test func exportImportExportRoundTripsInBothFormats() async throws {
        let source = try await CommandHarness(addresses: 300)
        let folder = source.home.path
        for format in ["csv", "jsonl"] {
            let target = try await CommandHarness()
            let first = "\(folder)/first.\(format)", second = "\(folder)/second.\(format)"
            #expect(try await source.runner().run("addresses", "export", "--format", format, "--output", first).status == 0)
            let imported = try await target.runner().run("addresses", "import", first, "--rate", "0")
            #expect(imported.status == 0, "\(imported.errors)")
            #expect(imported.output == "300 added, 6 already there, 0 failed\n")
            #expect(try await target.runner().run("addresses", "export", "--format", format, "--output", second).status == 0)
            let a = try String(contentsOfFile: first, encoding: .utf8), b = try String(contentsOfFile: second, encoding: .utf8)
            if format == "csv" {
                #expect(a.hasPrefix("id,namelastname,iscompany,companyname,documentid,countrycode,cityid,cityname,zipcode,address,verified,addressverified\r\n"))
                #expect(Self.withoutProviderColumns(a) == Self.withoutProviderColumns(b))
            } else {
                #expect(Self.withoutProviderKeys(a) == Self.withoutProviderKeys(b))
                #expect(Self.withoutProviderKeys(a).count == 306)
            }
            // Again: nothing is added twice.
            #expect(try await target.runner().run("addresses", "import", first, "--rate", "0").output == "0 added, 306 already there, 0 failed\n")
            await target.stop()
        }
        // Standard output, a JSON array; no half file is left by a failed export.
        let array = try await source.runner().run("addresses", "export", "--format", "json")
        #expect((try JSONSerialization.jsonObject(with: Data(array.output.utf8)) as? [[String: Any]])?.count == 306)
        let failed = try await source.runner(["AFILNET_PASSWORD": "wrong"]).run("addresses", "export", "--output", "\(folder)/never.csv")
        #expect(failed.status == 77)
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/never.csv"))
        await source.stop()
    }

    @Test func aFileWithProblemsSendsNothingAndNamesEachLine() async throws {
        let harness = try await CommandHarness()
        let file = harness.home.appendingPathComponent("bad.csv").path
        let text = """
            namelastname,iscompany,companyname,documentid,countrycode,cityid,cityname,zipcode,address\r
            Mari Tamm,0,,1,EE,1,Tallinn,10115,Narva mnt 5\r
            Kalle,0,Firma OÜ,2,XX,abc,Tartu,50090,Rüütli 12\r
            Mari Tamm,0,,1,EE,1,Tallinn,10115,Narva mnt 5\r
            only,three,fields\r

            """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try await harness.runner().run("addresses", "import", file)
        #expect(result.status == 65)
        #expect(result.output.isEmpty)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains("line 3: companyname is only for companies (iscompany 1)"))
        #expect(lines.contains("line 3: cityid is not a whole number"))
        #expect(lines.contains { $0.hasPrefix("line 3: countrycode") })
        #expect(lines.contains("line 4: the same address as line 2"))
        #expect(lines.contains("line 5: 3 fields where the header has 9"))
        #expect(lines.last == "afilnet-tui: 5 problems in \(file); nothing was sent")
        #expect(try await harness.runner().run("addresses").output.split(separator: "\n").count == 7)  // header + the 6 demo rows
        let estonian = try await harness.runner(["LANG": "et_EE.UTF-8"]).run("addresses", "import", file)
        #expect(estonian.errors.contains("rida 4: sama aadress mis real 2"))
        #expect(try await harness.runner().run("addresses", "import", harness.home.appendingPathComponent("missing.csv").path).status == 66)
        await harness.stop()
    }

    /// Rows the API refuses go to FILE.errors.csv with their code; fixed, that file imports.
    @Test func refusedRowsGoToAnErrorsFileThatImportsOnceFixed() async throws {
        let harness = try await CommandHarness()
        let file = harness.home.appendingPathComponent("new.csv").path
        try """
            namelastname,documentid,countrycode,cityid,cityname,zipcode,address
            Jaan Jõgi,1,EE,1,Tallinn,10115,Pikk 1
            Tiina Tamm,2,EE,99,Nowhere,10115,Pikk 2

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try await harness.runner().run("addresses", "import", file, "--rate", "0")
        let errors = harness.home.appendingPathComponent("new.errors.csv").path
        #expect(result.status == 1)
        #expect(result.output == "1 added, 0 already there, 1 failed (see \(errors))\n")
        var fixed = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(fixed.contains("Tiina Tamm,,,2,EE,99,Nowhere,10115,Pikk 2,CITY_NOT_FOUND"))  // as written
        fixed = fixed.replacingOccurrences(of: ",99,Nowhere,", with: ",1,Tallinn,")
        try fixed.write(toFile: errors, atomically: true, encoding: .utf8)
        #expect(try await harness.runner().run("addresses", "import", errors, "--rate", "0").output == "1 added, 0 already there, 0 failed\n")
        await harness.stop()
    }

    static func bigFile(_ harness: CommandHarness, rows: Int) throws -> String {
        let file = harness.home.appendingPathComponent("many.csv").path
        var text = "namelastname,iscompany,companyname,documentid,countrycode,cityid,cityname,zipcode,address\n"
        for index in 0..<rows {
            text += index % 5 == 0
                ? "\"Õunapuu, Kalle \(index)\",1,\"Firma \"\"\(index)\"\" OÜ\",D\(index),ee,2,Tartu,50090,\"Rüütli \(index)\nkorter 3\"\n"
                : "Person \(index),0,,D\(index),EE,1,Tallinn,10115,Street \(index)\n"
        }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Every row exactly once on the account: each of the file's rows, by its document id.
    static func expectEachRowOnce(_ harness: CommandHarness, rows: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let json = try await harness.runner().run("addresses", "list", "--json").output
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let documents = list.compactMap { $0["documentid"] as? String }.filter { $0.hasPrefix("D") }
        #expect(documents.count == rows, sourceLocation: sourceLocation)
        #expect(Set(documents).count == rows, "duplicates: \(documents.count - Set(documents).count)", sourceLocation: sourceLocation)
    }

    /// SIGKILL at 20 random points of an import, each followed by the same command: the
    /// account ends with each row exactly once.
    @Test func killedAtRandomPointsAndRunAgainEachRowIsThereOnce() async throws {
        let harness = try await CommandHarness()
        let rows = 400
        let file = try Self.bigFile(harness, rows: rows)
        var seed = UInt64(ProcessInfo.processInfo.environment["KILL_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...99_999))
        print("kill-and-resume seed \(seed) (KILL_SEED replays)")
        var kills = 0
        for _ in 0..<20 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let (process, _, _) = try harness.runner().start(["addresses", "import", file, "--rate", "0"])
            try await Task.sleep(for: .milliseconds(Int(seed >> 33) % 400 + 20))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
        }
        let last = try await harness.runner().run("addresses", "import", file, "--rate", "0")
        #expect(last.status == 0, "\(last.errors)")
        #expect(last.output.hasSuffix("0 failed\n"))
        #expect(kills >= 10, "only \(kills) runs were killed mid-way")
        try await Self.expectEachRowOnce(harness, rows: rows)
        await harness.stop()
    }

    /// A connection that drops on addaddress (the answer lost after the add, or the body cut):
    /// the client reconciles, the run goes on or stops, and running again finishes it.
    @Test(arguments: [FaultMode.reset, .truncated])
    func lostAnswersAreReconciledNeverSentTwice(fault: FaultMode) async throws {
        let harness = try await CommandHarness(options: SandboxOptions(
            port: 0, faults: FaultInjection(mode: fault, rate: 0.25, seed: 7, methods: ["addaddress"])))
        let rows = 60
        let file = try Self.bigFile(harness, rows: rows)
        var finished = false
        for _ in 0..<10 where !finished {
            finished = try await harness.runner().run("addresses", "import", file, "--rate", "0").status == 0
        }
        #expect(finished)
        try await Self.expectEachRowOnce(harness, rows: rows)
        await harness.stop()
    }

    /// Ctrl-C stops after the call in flight, says how far it got, exits 130; again finishes.
    @Test func controlCStopsAfterTheCallInFlight() async throws {
        let harness = try await CommandHarness()
        let file = try Self.bigFile(harness, rows: 200)
        let (process, output, errors) = try harness.runner().start(["addresses", "import", file, "--rate", "20"])
        try await Task.sleep(for: .milliseconds(1500))
        kill(process.processIdentifier, SIGINT)
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(said.range(of: #"^\d+ added, 0 already there, 0 failed\n$"#, options: .regularExpression) != nil, "\(said)")
        #expect(complaint.contains("run the same command again to go on"))
        let again = try await harness.runner().run("addresses", "import", file, "--rate", "0")
        #expect(again.status == 0)
        try await Self.expectEachRowOnce(harness, rows: 200)
        await harness.stop()
    }
}
