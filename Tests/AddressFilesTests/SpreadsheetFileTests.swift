@testable import AddressFiles
import AfilnetAPI
import Foundation
import Localization
import PropertySupport
import Testing

/// Files as spreadsheets save them: `;` where `,` is the decimal mark, TAB, Windows-1252.
@Suite("Spreadsheet files: the delimiter read from the header, Windows-1252")
struct SpreadsheetFileTests {
    static let fields = ["namelastname", "iscompany", "companyname", "documentid", "countrycode", "cityid", "cityname", "zipcode", "address"]

    @Test func theDelimiterIsReadFromTheHeader() {
        for delimiter in CSVDelimiter.candidates {
            let separator = String(UnicodeScalar(delimiter))
            let text = " NameLastName " + separator + Self.fields.dropFirst().map { $0.uppercased() }.joined(separator: separator) + "\r\n"
                + ["Mari Tamm", "0", "", "1", "EE", "1", "Tallinn", "10115", "\"Rüütli 12, II; korrus\""].joined(separator: separator) + "\r\n"
            #expect(CSVDelimiter.detect(Array(text.utf8)) == delimiter)
            let (rows, problems) = AddressFileReader.read(Array(text.utf8))
            #expect(problems.isEmpty, "\(CSVDelimiter.name(delimiter)): \(problems.map { $0.text(in: .english) })")
            #expect(rows.first?.address.street == "Rüütli 12, II; korrus")
        }
        // A header with none of the known names: split where it makes the most columns, so
        // the unknown ones are named one by one; with one column only, `,`.
        #expect(CSVDelimiter.detect(Array("a;b;c\n".utf8)) == UInt8(ascii: ";"))
        #expect(CSVDelimiter.detect(Array("name\n".utf8)) == UInt8(ascii: ","))
        let unknown = AddressFileReader.read(Array("namelastname;iscompany;phone\n".utf8))
        #expect(unknown.problems.first?.text(in: .english).hasPrefix("line 1: unknown column(s): phone ") == true)
    }

    @Test func windows1252IsReadAsItsCharacters() {
        // Š (0x8A), õ (0xF5), € (0x80), „ (0x84), “ (0x93), Ž (0x8E), ü (0xFC).
        let bytes: [UInt8] = [0x8A, 0xF5, 0x80, 0x84, 0x93, 0x8E, 0xFC, 0x41]
        #expect(String(decoding: TextEncoding.windows1252.utf8(bytes), as: UTF8.self) == "Šõ€„“ŽüA")
        #expect(TextEncoding(name: "CP1252") == .windows1252 && TextEncoding(name: "UTF8") == .utf8 && TextEncoding(name: "latin-9") == nil)
    }

    /// Every character of Windows-1252, written in it and read back; any address written with
    /// any delimiter read back the same with the delimiter found from the header.
    @Test func roundTrips() {
        let repertoire: [(UInt8, Character)] = (0x20...0xFF).compactMap { byte in
            let text = String(decoding: TextEncoding.windows1252.utf8([UInt8(byte)]), as: UTF8.self)
            return text.unicodeScalars.first.map { $0.value >= 0x80 && $0.value <= 0x9F } == true ? nil : (UInt8(byte), Character(text))
        }
        Property.check("Windows-1252 round trip") { generator in
            let picked = (0..<generator.int(0...40)).map { _ in generator.pick(repertoire) }
            let decoded = String(decoding: TextEncoding.windows1252.utf8(picked.map(\.0)), as: UTF8.self)
            let expected = String(picked.map(\.1))
            return decoded == expected ? nil : "\(decoded) != \(expected)"
        }
        Property.check("any delimiter, read back") { generator in
            let delimiter = generator.pick(CSVDelimiter.candidates)
            let pieces = ["Mari", "Õun", "Šokolaad", ",", ";", "\t", "\"", "\r\n", "東京", "e\u{301}", "👩‍👩‍👧", "1,5"]
            func text(_ generator: inout Generator) -> String {
                "x" + (0..<generator.int(0...6)).map { _ in generator.pick(pieces) }.joined(separator: generator.pick(["", " "])) + "y"
            }
            let addresses = (0..<generator.int(1...5)).map { index in
                Address(
                    id: Int64(index), contactName: text(&generator), isCompany: false, companyName: "",
                    documentID: String(generator.int(1...99_999)), countryCode: "EE", cityID: Int64(generator.int(1...999)),
                    cityName: text(&generator), zipCode: "10115", street: text(&generator), verified: false, addressVerified: false)
            }
            var writer = AddressFileWriter(format: .csv, byteOrderMark: generator.chance(0.5), delimiter: delimiter)
            for address in addresses { writer.write(address) }
            let bytes = writer.take()
            let detected = CSVDelimiter.detect(bytes)
            if detected != delimiter { return "wrote \(CSVDelimiter.name(delimiter)), found \(CSVDelimiter.name(detected))" }
            let (rows, problems) = AddressFileReader.read(bytes)
            if !problems.isEmpty { return "problems: \(problems.map { $0.text(in: .english) })" }
            let read = rows.map { [$0.address.contactName, $0.address.cityName, $0.address.street] }
            let written = addresses.map { [$0.contactName, $0.cityName, $0.street] }
            return read == written ? nil : "\(read) != \(written)"
        }
    }
}
