@testable import AddressFiles
import Testing

@Suite("CSV reading and writing (RFC 4180)")
struct CSVReaderTests {
    static func records(_ text: String) -> [Result<CSVReader.Record, CSVReader.CSVProblem>] {
        var reader = CSVReader(Array(text.utf8))
        var out: [Result<CSVReader.Record, CSVReader.CSVProblem>] = []
        while let next = reader.next() { out.append(next) }
        return out
    }

    @Test func quotesNewlinesCRLFAndABOM() throws {
        let parsed = Self.records("\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nlast,\n")
        let records = try parsed.map { try $0.get() }
        #expect(records.map(\.fields) == [["a", "b"], ["x, \"y\"", "two\nlines"], ["last", ""]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func whatIsWrongIsSaidWithItsLine() {
        let parsed = Self.records("a,b\nx\"y,z\n\"open,q\n")
        guard case .failure(let stray) = parsed[1] else { Issue.record("no problem"); return }
        #expect(stray == CSVReader.CSVProblem(line: 2, problem: .strayQuote))
        guard case .failure(let open) = parsed[2] else { Issue.record("no problem"); return }
        #expect(open == CSVReader.CSVProblem(line: 3, problem: .unterminatedQuote))
        var latin1 = CSVReader([0x61, 0x2C, 0xF5, 0x0A])  // "a,õ" in Latin-1
        guard case .failure(let bytes)? = latin1.next() else { Issue.record("no problem"); return }
        #expect(bytes == CSVReader.CSVProblem(line: 1, problem: .notUTF8(field: 2)))
    }

    @Test func writingRoundTrips() throws {
        let fields = ["plain", "with, comma", "with \"quote\"", "two\r\nlines", "", "Õunapuu 東京 👩‍👩‍👧"]
        var reader = CSVReader(Array(CSVWriter.record(fields).utf8))
        #expect(try reader.next()?.get().fields == fields)
        #expect(reader.next() == nil)
    }

    /// Found by the round-trip property: a first field starting with U+FEFF was written bare
    /// and read back without it (taken for a byte order mark).
    @Test func aLeadingZeroWidthNoBreakSpaceSurvives() throws {
        var reader = CSVReader(Array(CSVWriter.record(["\u{FEFF}ä", "b"]).utf8))
        #expect(try reader.next()?.get().fields == ["\u{FEFF}ä", "b"])
    }

    /// Found by the round-trip property: a quote followed by a combining mark (one Character
    /// with it) was not doubled, and the field read back as a stray quote.
    @Test func aQuoteCarryingACombiningMarkIsDoubled() throws {
        let field = "a\"\u{0301}b\"\u{FE0F}"
        #expect(CSVWriter.field(field) == "\"a\"\"\u{0301}b\"\"\u{FE0F}\"")
        var reader = CSVReader(Array(CSVWriter.record([field, "x"]).utf8))
        #expect(try reader.next()?.get().fields == [field, "x"])
    }
}
