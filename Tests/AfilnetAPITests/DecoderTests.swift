@testable import AfilnetAPI
import Foundation
import Testing
import TerminalText

@Suite("Tolerant decoding of every shape docs/api.md allows")
struct DecoderTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        (#"{"status":"SUCCESS","result":"152.34"}"#, "152.34"),
        (#"{"status":"success","result":152.34}"#, "152.34"),
        (#"{"status":"Success","result":{"balance":"10.500"}}"#, "10.500"),
        (#"{"status":"SUCCESS","result":{"credits":7}}"#, "7"),
        (#"{"status":"SUCCESS","result":" 3.1 "}"#, "3.1"),
        (#"{"status":"SUCCESS","result":0.1}"#, "0.1"),
    ])
    func balanceShapes(body: String, text: String) throws {
        let balance = try ResponseDecoder.balance(bytes(body))
        #expect(balance.text == text)
        #expect(balance.amount == Decimal(string: text))
    }

    @Test func moneyIsExactNotBinaryFloatingPoint() throws {
        let balance = try ResponseDecoder.balance(bytes(#"{"status":"SUCCESS","result":0.1}"#))
        #expect(balance.amount + balance.amount + balance.amount == Decimal(string: "0.3"))
    }

    @Test(arguments: [
        #"{"status":"SUCCESS","result":[{"id":1,"iscompany":1,"verified":true,"addressverified":"0","cityid":"5"}]}"#,
        #"{"status":"success","result":{"list":[{"id":"1","iscompany":"1","verified":"1","addressverified":false,"cityid":5}]}}"#,
        #"{"status":"SUCCESS","result":{"list":[{"id":1.0,"iscompany":true,"verified":1,"addressverified":0,"cityid":5.0}]}}"#,
    ])
    func addressShapes(body: String) throws {
        let addresses = try ResponseDecoder.addresses(bytes(body))
        #expect(addresses.count == 1)
        #expect(addresses[0].id == 1 && addresses[0].isCompany && addresses[0].verified)
        #expect(!addresses[0].addressVerified && addresses[0].cityID == 5)
    }

    @Test(arguments: [
        #"{"status":"SUCCESS","result":[]}"#, #"{"status":"SUCCESS","result":{"list":[]}}"#,
        #"{"status":"SUCCESS","result":{}}"#, #"{"status":"SUCCESS","result":null}"#, #"{"status":"SUCCESS"}"#,
    ])
    func emptyLists(body: String) throws {
        #expect(try ResponseDecoder.channels(bytes(body)).isEmpty)
    }

    @Test func errorsKnownAndUnknown() {
        #expect(throws: AfilnetError.api(.incorrectUserPassword)) {
            try ResponseDecoder.balance(bytes(#"{"status":"error","error":"INCORRECT_USER_PASSWORD"}"#))
        }
        do {
            _ = try ResponseDecoder.balance(bytes(#"{"status":"ERROR","error":"NO_CREDIT_LEFT"}"#))
        } catch {
            #expect(error == .api(.unknown("NO_CREDIT_LEFT")))
            #expect(error.description == "NO_CREDIT_LEFT: the server answered with the code NO_CREDIT_LEFT, which this version does not know")
        }
        for code in APIErrorCode.known {
            #expect(APIErrorCode(code: code.code) == code)
            #expect(!code.explanation.isEmpty)
        }
    }

    @Test func protocolFailuresAreTellable() {
        #expect(throws: AfilnetError.truncated) { try ResponseDecoder.balance(bytes(#"{"status":"SUCCESS","res"#)) }
        #expect(throws: AfilnetError.truncated) { try ResponseDecoder.balance(bytes(#"{"status":"SUCCE"#)) }
        #expect(throws: AfilnetError.notJSON(preview: "<html> <head><title>502 Bad Gateway</title></head>")) {
            try ResponseDecoder.balance(bytes("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"))
        }
        #expect(throws: AfilnetError.protocolViolation(.noStatus)) { try ResponseDecoder.balance(bytes(#"{"result":1}"#)) }
        #expect(throws: AfilnetError.protocolViolation(.balanceNotANumber)) {
            try ResponseDecoder.balance(bytes(#"{"status":"SUCCESS","result":"lots"}"#))
        }
        #expect(throws: AfilnetError.protocolViolation(.addressWithoutID(1))) {
            try ResponseDecoder.addresses(bytes(#"{"status":"SUCCESS","result":[{"namelastname":"x"}]}"#))
        }
        #expect(throws: AfilnetError.self) { try ResponseDecoder.balance(bytes(String(repeating: "[", count: 10_000))) }
        #expect(throws: AfilnetError.protocolViolation(.unknownStatus("maybe"))) {
            try ResponseDecoder.balance(bytes(#"{"status":"maybe"}"#))
        }
    }

    @Test func jsonParserEdges() throws {
        #expect(try JSONParser.parse(bytes(#"{"a":"\u00d5\ud83d\ude00\n","b":[1,-2.5e3,true,null]}"#))
            == .object(["a": .string("Õ😀\n"), "b": .array([.number("1"), .number("-2.5e3"), .bool(true), .null])]))
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes(#"{"a":"\ud83d"}"#)) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes(#"{"a":01}"#)) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes("{\"a\":\"x\u{01}\"}")) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
        #expect(throws: JSONParseError.truncated) { try JSONParser.parse(bytes("[1,2")) }
        #expect(throws: JSONParseError.tooDeep) { try JSONParser.parse(bytes(String(repeating: "[", count: 100))) }
    }

    @Test func sanitisingServerText() {
        #expect(TerminalSafeText.sanitize("Õunapuu OÜ 東京") == "Õunapuu OÜ 東京")
        #expect(TerminalSafeText.sanitize("a\u{1B}]52;c;aGk=\u{07}b") == "a\\e]52;c;aGk=\\x07b")
        #expect(TerminalSafeText.sanitize("x\u{9B}31m\u{202E}y\r\u{7F}") == "x\\x9B31m\\u{202E}y\\r\\x7F")
    }
}

/// The address list read as it arrives must come out exactly as the same bytes parsed in
/// one go, however the body is cut into chunks: values, and the very same error.
@Suite("Streaming the address list")
struct AddressStreamingTests {
    static let bodies: [String] = [
        #"{"status":"SUCCESS","result":[{"id":1,"namelastname":"Mari"},{"id":2,"iscompany":"1","companyname":"[{}]"}]}"#,
        #"{"status":"SUCCESS","result":{"list":[{"id":"7","namelastname":"Õ \"}]{\\"},{"id":8}]}}"#,
        #"{"status":"SUCCESS","result":[[{"id":1}],{"id":2}]}"#,
        #"{"status":"SUCCESS","result":[]}"#, #"{"status":"SUCCESS","result":{}}"#, #"{"status":"SUCCESS"}"#,
        #"{"status":"SUCCESS","result":[{"id":1},]}"#,            // trailing comma: invalid
        #"{"status":"SUCCESS","result":[{"id":1} {"id":2}]}"#,      // missing comma: invalid
        #"{"status":"SUCCESS","result":[1 {"id":2}]}"#,
        #"{"status":"SUCCESS","result":[{"id":1},{"name":"no id"},{"id":3}]}"#,
        #"{"status":"SUCCESS","result":[{"id":1},{"id":2]]}"#,      // a record closed by ]
        #"{"status":"SUCCESS","result":[{"id":1},{"id":2,"#,        // cut short inside a record
        #"{"status":"ERROR","error":"INCORRECT_USER_PASSWORD"}"#, #"{"status":"SUCCESS","result":[{"id":1}]} x"#,
        "<html><body>502 [{x}]</body></html>", "", "   ",
        #"{"status":"SUCCESS","result":[{"id":1},ÿ]}"#,
    ] + [String(repeating: "[", count: 70) + String(repeating: "]", count: 70)]

    @Test(arguments: bodies)
    func chunkedEqualsWhole(_ text: String) {
        let body = Array(text.utf8)
        let whole = Result { () throws(AfilnetError) in try ResponseDecoder.addressesInOneGo(body) }
        for size in 1...max(1, body.count) {
            let reader = AddressListReader()
            for start in stride(from: 0, to: body.count, by: size) {
                body[start..<min(body.count, start + size)].withUnsafeBytes { reader.take($0) }
            }
            let streamed = Result { () throws(AfilnetError) in try reader.finish() }
            #expect(String(describing: streamed) == String(describing: whole), "chunks of \(size)")
        }
    }

    @Test func aRawPlaceholderByteInTheBodyIsStillInvalid() {
        let body = Array(#"{"status":"SUCCESS","result":["#.utf8) + [0xFF] + Array("]}".utf8)
        #expect(throws: AfilnetError.protocolViolation(.invalidJSON)) { try ResponseDecoder.addresses(body) }
        #expect(throws: AfilnetError.protocolViolation(.invalidJSON)) { try ResponseDecoder.addressesInOneGo(body) }
    }
}
