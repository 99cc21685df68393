@testable import AddressFiles
import AfilnetAPI
import Foundation
import Localization
import PropertySupport
import Testing

/// Awkward files, each read whole: the good ones give their rows, the bad ones a problem with
/// its line, none a crash.
@Suite("Import files: an awkward corpus, and generated ones")
struct ImportFileCorpusTests {
    static let header = "namelastname,iscompany,companyname,documentid,countrycode,cityid,cityname,zipcode,address"
    static let row = "Mari Tamm,0,,1,EE,1,Tallinn,10115,Narva mnt 5"

    static func read(_ text: String) -> (rows: [ImportRow], problems: [String]) {
        read(Array(text.utf8))
    }

    static func read(_ bytes: [UInt8]) -> (rows: [ImportRow], problems: [String]) {
        let (rows, problems) = AddressFileReader.read(bytes)
        return (rows, problems.map { $0.text(in: Language.english.catalogue) })
    }

    @Test func goodFilesInTheirManyShapes() {
        // Quotes, a quote inside, a line break inside, CRLF, a BOM, blank lines, extra spaces
        // in the header, the export's own columns, upper case in the header.
        let text = "\u{FEFF}ID, NameLastName ,iscompany,companyname,documentid,countrycode,cityid,cityname,zipcode,address,verified,addressverified\r\n"
            + "7,\"Tamm, Mari\",1,\"Firma \"\"Õun\"\" OÜ\",1,ee,1,Tallinn,10115,\"Narva mnt 5\r\nkorter 2\",1,0\r\n\r\n"
            + "8,Jaan,0,,2,EE,1,Tallinn,10115,Pikk 1,0,0"
        let (rows, problems) = Self.read(text)
        #expect(problems.isEmpty, "\(problems)")
        #expect(rows.map(\.line) == [2, 5])
        #expect(rows[0].address.contactName == "Tamm, Mari")
        #expect(rows[0].address.companyName == "Firma \"Õun\" OÜ")
        #expect(rows[0].address.street == "Narva mnt 5\r\nkorter 2")
        #expect(rows[0].address.countryCode == "ee")
        let jsonl = #"{"namelastname":"Mari","iscompany":false,"documentid":"1","countrycode":"EE","cityid":"1","cityname":"Tallinn","zipcode":"1","address":"a\nb"}"# + "\r\n\n"
            + #"{"namelastname":"Jüri","iscompany":1,"companyname":"東京 商事","documentid":"2","countrycode":"JP","cityid":1,"cityname":"Tokyo","zipcode":"1","address":"丸の内"}"#
        let json = Self.read(jsonl)
        #expect(json.problems.isEmpty, "\(json.problems)")
        #expect(json.rows.map(\.line) == [1, 3])
        #expect(json.rows[1].address.companyName == "東京 商事")
    }

    @Test func badFilesNameTheirLines() {
        #expect(Self.read("").problems == ["the file is empty"])
        #expect(Self.read("\u{FEFF}\r\n  \n").problems == ["the file is empty"])
        #expect(Self.read(Self.header + "\n").rows.isEmpty)
        #expect(Self.read("namelastname,documentid\nx,1\n").problems
            == ["line 1: missing column(s): countrycode, cityid, cityname, zipcode, address"])
        #expect(Self.read(Self.header + ",phone\n" + Self.row + ",555\n").problems.first?.hasPrefix("line 1: unknown column(s): phone") == true)
        #expect(Self.read(Self.header + ",address\n").problems == ["line 1: column address is there twice"])
        #expect(Self.read(Self.header + "\n" + Self.row + ",extra\n").problems == ["line 2: 10 fields where the header has 9"])
        // Latin-1 bytes: õ as 0xF5.
        var latin1 = Array((Self.header + "\n").utf8)
        latin1 += Array("Mari T".utf8) + [0xF5] + Array("mm,0,,1,EE,1,Tallinn,10115,Narva\n".utf8)
        #expect(Self.read(latin1).problems == ["line 2: field 1 is not UTF-8 text (save the file as UTF-8, or read it with --encoding windows-1252)"])
        // A 1 MB field: said, not kept.
        let huge = Self.header + "\n" + String(repeating: "x", count: 1 << 20) + ",0,,1,EE,1,T,1,S\n" + Self.row + "\n"
        let big = Self.read(huge)
        #expect(big.problems == ["line 2: field 1 is 1048576 bytes long"])
        #expect(big.rows.count == 1)
        // A quote never closed swallows the rest: said at the line it opened.
        #expect(Self.read(Self.header + "\n\"Mari,0,,1,EE,1,T,1,S\n" + Self.row + "\n").problems == ["line 2: a quoted field is never closed"])
        #expect(Self.read(Self.header + "\nMa\"ri,0,,1,EE,1,T,1,S\n").problems.first?.hasPrefix("line 2: a quote inside") == true)
        let jsonl = Self.read("{\"namelastname\":\"x\"\n[1,2]\n")
        #expect(jsonl.problems.count == 2)
        #expect(jsonl.problems.allSatisfy { $0.hasPrefix("line 1: not a JSON object") || $0.hasPrefix("line 2: not a JSON object") })
    }

    /// Any fields written by `CSVWriter` read back the same, at the same lines; any bytes at
    /// all read without a trap, every record or problem on a line within the file.
    @Test func writtenFieldsReadBackAndAnyBytesAreSafe() {
        Property.check("CSV round trip") { generator in
            let records = (0..<generator.int(1...6)).map { _ in
                (0..<generator.int(1...5)).map { _ in generator.chance(0.3) ? ["", ",", "\"", "\r\n", "\n\n"].randomElement(using: &generator)! : HostileText.string(&generator) }
            }
            let text = records.map { CSVWriter.record($0) }.joined()
            var reader = CSVReader(Array(text.utf8))
            var line = 1
            for expected in records {
                let next = reader.next()
                guard case .success(let record)? = next else { return "no record for \(expected): \(String(describing: next))" }
                if record.fields != expected { return "\(record.fields) != \(expected)" }
                if record.line != line { return "line \(record.line), expected \(line)" }
                line += CSVWriter.record(expected).filter { $0 == "\n" || $0 == "\r\n" }.count
            }
            return reader.next() == nil ? nil : "a record too many"
        }
        Property.check("CSV from any bytes") { generator in
            let alphabet: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D, 0x61, 0xC3, 0xB5, 0xFF, 0xEF, 0xBB, 0xBF, 0x20]
            let bytes = (0..<generator.int(0...200)).map { _ in alphabet.randomElement(using: &generator)! }
            let lines = bytes.filter { $0 == 0x0A }.count + 1
            var reader = CSVReader(bytes, fieldLimit: 8)
            var count = 0
            while let next = reader.next() {
                count += 1
                let line = switch next {
                case .success(let record): record.line
                case .failure(let problem): problem.line
                }
                if line < 1 || line > lines { return "line \(line) of \(lines)" }
                if count > bytes.count + 1 { return "more records than bytes" }
            }
            _ = AddressFileReader.read(bytes)
            return nil
        }
    }
}
