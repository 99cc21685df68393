import AfilnetAPI
import AsyncHTTPClient
import Foundation
import NIOCore
import Testing
@testable import AfilnetSandbox

extension SandboxCalling {
    var soapURL: String { "http://127.0.0.1:\(port)\(SOAPContract.path)" }

    /// Posts a raw body to the SOAP endpoint.
    func soap(_ body: [UInt8], authorization: String? = nil) async throws -> HTTPReply {
        var request = HTTPClientRequest(url: soapURL)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: SOAPContract.contentType)
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        request.body = .bytes(ByteBuffer(bytes: body))
        return try await execute(request)
    }

    func soap(_ text: String) async throws -> HTTPReply { try await soap(Array(text.utf8)) }
}

let envelopeHead = "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:tns=\"urn:afilnet:user-api\"><soap:Body>"
let envelopeTail = "</soap:Body></soap:Envelope>"

@Suite("SOAP: answers and Faults, and hostile XML refused with the server still up", .serialized)
struct SOAPTests {
    @Test func aCallGetsTheSameCodesAsOverHTTP() async throws {
        let sandbox = try await RunningSandbox.start()
        let ok = try await sandbox.soap(envelopeHead + "<tns:getbalance><tns:user>demo</tns:user><tns:password>demo</tns:password></tns:getbalance>" + envelopeTail)
        #expect(ok.status == 200)
        #expect(ok.body.contains("<tns:status>SUCCESS</tns:status><tns:result>152.34</tns:result>"))
        let wrong = try await sandbox.soap(envelopeHead + "<tns:getbalance><tns:user>demo</tns:user><tns:password>x</tns:password></tns:getbalance>" + envelopeTail)
        #expect(wrong.status == 200)
        #expect(wrong.body.contains("<tns:error>INCORRECT_USER_PASSWORD</tns:error>"))
        let missing = try await sandbox.soap(envelopeHead + "<tns:deleteaddress><tns:user>demo</tns:user><tns:password>demo</tns:password></tns:deleteaddress>" + envelopeTail)
        #expect(missing.body.contains("MISSING_COMPULSORY_PARAM"))
        try sandbox.server.flushLog()
        #expect(try sandbox.server.store.requestLog().map(\.api) == ["soap", "soap", "soap"])
        await sandbox.stop()
    }

    /// Bodies that are not a call: each gets a Fault (HTTP 500) and the next call still works.
    static let hostile: [(String, [UInt8])] = [
        ("billion laughs", Array(("""
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            """ + envelopeHead + "<tns:getbalance><tns:user>&lol4;</tns:user></tns:getbalance>" + envelopeTail).utf8)),
        ("external entity", Array(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + envelopeHead + "<tns:getbalance><tns:user>&xxe;</tns:user></tns:getbalance>" + envelopeTail).utf8)),
        ("parameter entity", Array("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/\">%p;]><x/>".utf8)),
        ("undeclared entity", Array((envelopeHead + "<tns:getbalance><tns:user>&nope;</tns:user></tns:getbalance>" + envelopeTail).utf8)),
        ("huge attribute", Array((envelopeHead + "<tns:dropeverything a=\"" + String(repeating: "A", count: 60_000) + "\"/>" + envelopeTail).utf8)),
        ("too large", Array((envelopeHead + String(repeating: "<tns:x>y</tns:x>", count: 6_000) + envelopeTail).utf8)),
        ("bad UTF-8", Array(envelopeHead.utf8) + [0xC3, 0x28, 0xFF] + Array(envelopeTail.utf8)),
        ("not XML", Array("class=user&method=getbalance&user=demo&password=demo".utf8)),
        ("empty", []),
        ("cut short", Array(envelopeHead.utf8) + Array("<tns:getbalance><tns:us".utf8)),
        ("unknown operation", Array((envelopeHead + "<tns:dropeverything/>" + envelopeTail).utf8)),
        ("wrong namespace", Array((envelopeHead + "<getbalance xmlns=\"urn:other\"/>" + envelopeTail).utf8)),
        ("SOAP 1.2 envelope", Array("<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Body/></e:Envelope>".utf8)),
        ("no operation", Array((envelopeHead + envelopeTail).utf8)),
        ("two operations", Array((envelopeHead + "<tns:getbalance/><tns:getchannels/>" + envelopeTail).utf8)),
        ("deep nesting", Array((envelopeHead + String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200) + envelopeTail).utf8)),
        ("a parameter with elements", Array((envelopeHead + "<tns:getbalance><tns:user><b>demo</b></tns:user></tns:getbalance>" + envelopeTail).utf8)),
        ("control character", Array((envelopeHead + "<tns:getbalance><tns:user>de\u{1}mo</tns:user></tns:getbalance>" + envelopeTail).utf8)),
    ]

    @Test(arguments: hostile.indices)
    func aHostileBodyGetsAFaultAndTheServerStaysUp(_ index: Int) async throws {
        let (name, body) = Self.hostile[index]
        let sandbox = try await RunningSandbox.start()
        let reply = try await sandbox.soap(body)
        #expect(reply.status == 500, "\(name)")
        #expect(reply.body.contains("<soap:Fault>"), "\(name)")
        #expect(reply.body.contains("<faultcode>soap:Client</faultcode>"), "\(name)")
        #expect(!reply.body.contains("root:"), "\(name): a file was read")
        #expect(!reply.body.contains("lollol"), "\(name): an entity was expanded")
        let after = try await sandbox.call("getbalance")
        #expect(after.body == #"{"status":"SUCCESS","result":"152.34"}"#)
        await sandbox.stop()
    }

    /// Found while making list answers faster: Foundation's XML wrappers released after their
    /// document crashed the server in libxml2 (`SOAPDocument` keeps the document alive).
    @Test func listAnswersInParallelLeaveTheServerUp() async throws {
        let sandbox = try await RunningSandbox.start()
        let call = envelopeHead + "<tns:getchannels><tns:user>demo</tns:user><tns:password>demo</tns:password></tns:getchannels>" + envelopeTail
        try await withThrowingTaskGroup(of: HTTPReply.self) { group in
            for index in 0..<40 {
                group.addTask { try await index.isMultiple(of: 2) ? sandbox.soap(call) : sandbox.execute(HTTPClientRequest(url: sandbox.soapURL + "?wsdl")) }
            }
            for try await reply in group { #expect(reply.status == 200) }
        }
        #expect(try await sandbox.soap(call).body.contains("<tns:channelname>whatsapp</tns:channelname>"))
        await sandbox.stop()
    }

    @Test func theWSDLNamesEveryOperationAndTheAddressItWasAskedAt() async throws {
        let sandbox = try await RunningSandbox.start()
        let reply = try await sandbox.execute(HTTPClientRequest(url: sandbox.soapURL + "?wsdl"))
        #expect(reply.status == 200)
        for method in APIMethod.allCases {
            #expect(reply.body.contains("soapAction=\"urn:afilnet:user-api#\(method.rawValue)\""))
        }
        #expect(reply.body.contains("location=\"http://127.0.0.1:\(sandbox.port)/api/soap/\""))
        await sandbox.stop()
    }

    @Test func textThatXMLCannotCarryIsReplacedNotSentRaw() async throws {
        let sandbox = try await RunningSandbox.start()
        let added = try await sandbox.call("addaddress", addressParameters(["namelastname": "Evil \u{1B}[2J name"]))
        #expect(added.body.contains("SUCCESS"))
        let reply = try await sandbox.soap(envelopeHead + "<tns:getaddresses><tns:user>demo</tns:user><tns:password>demo</tns:password></tns:getaddresses>" + envelopeTail)
        #expect(reply.body.contains("Evil \u{FFFD}[2J name"))
        #expect(!reply.body.contains("\u{1B}"))
        await sandbox.stop()
    }
}
