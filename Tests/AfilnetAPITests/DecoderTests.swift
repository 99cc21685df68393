@testable import AfilnetAPI
import Foundation
import Testing

@Suite("Tolerant decoding of every shape api.md allows")
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
