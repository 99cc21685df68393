import AsyncHTTPClient
import Foundation
import NIOCore
import PropertySupport
import Testing
@testable import AfilnetSandbox

/// What the provider's own clients send (docs/api.md, "Request shapes"): multipart bodies
/// (the PHP SDK, WooCommerce, `curl -F`, `requests` with `files=`), urlencoded with or
/// without a charset, GET query strings, empty optional parameters.
@Suite("Request shapes: multipart, urlencoded, GET, as the provider's clients send them", .serialized)
struct RequestShapeTests {
    /// A multipart body of `parameters` (curl's quoting of names), with `files` as parts
    /// that carry a filename.
    static func multipart(_ parameters: [(String, String)], boundary: String, lineEnd: String = "\r\n", files: [(String, String)] = []) -> [UInt8] {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var body = ""
        for (name, value) in parameters {
            body += "--\(boundary)\(lineEnd)Content-Disposition: form-data; name=\(quoted(name))\(lineEnd)\(lineEnd)\(value)\(lineEnd)"
        }
        for (name, value) in files {
            body += "--\(boundary)\(lineEnd)Content-Disposition: form-data; name=\(quoted(name)); filename=\"x.txt\"\(lineEnd)"
            body += "Content-Type: text/plain\(lineEnd)\(lineEnd)\(value)\(lineEnd)"
        }
        return Array((body + "--\(boundary)--\(lineEnd)").utf8)
    }

    static func post(_ sandbox: RunningSandbox, _ body: [UInt8], contentType: String) async throws -> HTTPReply {
        var request = HTTPClientRequest(url: sandbox.url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: contentType)
        request.body = .bytes(ByteBuffer(bytes: body))
        return try await sandbox.execute(request)
    }

    static let credentials = [("class", "user"), ("method", "getbalance"), ("user", "demo"), ("password", "demo")]

    @Test func multipartBodiesAsCurlAndBrowsersWriteThem() async throws {
        let sandbox = try await RunningSandbox.start()
        for (boundary, header, lineEnd) in [
            ("------------------------d74496d66958873e", "multipart/form-data; boundary=------------------------d74496d66958873e", "\r\n"),
            ("----WebKitFormBoundary7MA4YWxkTrZu0gW", "multipart/form-data; boundary=\"----WebKitFormBoundary7MA4YWxkTrZu0gW\"", "\r\n"),
            ("b", "Multipart/Form-Data;boundary=b", "\n"),
        ] {
            let reply = try await Self.post(sandbox, Self.multipart(Self.credentials, boundary: boundary, lineEnd: lineEnd), contentType: header)
            #expect(reply.body.contains("\"result\":\"152.34\""), "\(header): \(reply.body)")
        }
        await sandbox.stop()
    }

    /// As PHP reads it: a part with a filename is a file, not a parameter; a part's own
    /// content type does not matter.
    @Test func aFileIsNotAParameterAndAContentTypeDoesNotMatter() async throws {
        let sandbox = try await RunningSandbox.start()
        var body = Self.multipart(Array(Self.credentials.dropLast()), boundary: "XyZ", files: [("password", "demo")])
        var reply = try await Self.post(sandbox, body, contentType: "multipart/form-data; boundary=XyZ")
        #expect(reply.body.contains("MISSING_PASSWORD"), "\(reply.body)")
        body = Array(String(decoding: Self.multipart(Self.credentials, boundary: "XyZ"), as: UTF8.self)
            .replacingOccurrences(of: "name=\"user\"\r\n", with: "name=\"user\"\r\nContent-Type: text/plain; charset=utf-8\r\n").utf8)
        reply = try await Self.post(sandbox, body, contentType: "multipart/form-data; boundary=XyZ")
        #expect(reply.body.contains("152.34"), "\(reply.body)")
        await sandbox.stop()
    }

    @Test func urlencodedWithACharsetAndEmptyOptionalParameters() async throws {
        let sandbox = try await RunningSandbox.start()
        let body = Array("class=user&method=getbalance&user=demo&password=demo&output=&format=".utf8)
        let reply = try await Self.post(sandbox, body, contentType: "application/x-www-form-urlencoded; charset=UTF-8")
        #expect(reply.body.contains("152.34"), "\(reply.body)")
        let add = try await sandbox.call("addaddress", addressParameters(["iscompany": "0", "companyname": ""]))
        #expect(add.body.contains("SUCCESS"), "\(add.body)")
        await sandbox.stop()
    }

    /// Bodies that are not multipart as written: MALFORMED_REQUEST, and the server goes on.
    @Test(arguments: [
        ("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\ndemo\r\n--x--\r\n"),  // no boundary named
        ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\ndemo\r\n"),  // never closed
        ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data\r\n\r\ndemo\r\n--x--\r\n"),  // no name
        ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"us\r\n\r\ndemo\r\n--x--\r\n"),  // open quote
        ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: attachment; name=\"user\"\r\n\r\ndemo\r\n--x--\r\n"),
        ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition form-data\r\n\r\ndemo\r\n--x--\r\n"),  // no colon
        ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"user\"\r\ndemo\r\n--x--\r\n"),  // no blank line
        ("multipart/form-data; boundary=x", "nothing of the kind"),
        ("multipart/form-data; boundary=" + String(repeating: "b", count: 71), "--b\r\n"),
    ])
    func malformedMultipartIsRefusedInWords(contentType: String, body: String) async throws {
        let sandbox = try await RunningSandbox.start()
        let reply = try await Self.post(sandbox, Array(body.utf8), contentType: contentType)
        #expect(reply.body.contains("MALFORMED_REQUEST"), "\(reply.body)")
        #expect(try await sandbox.call("getbalance").body.contains("152.34"))
        await sandbox.stop()
    }

    @Test func theLimitsHoldForMultipartToo() async throws {
        let sandbox = try await RunningSandbox.start()
        let many = Self.credentials + (0..<64).map { ("extra\($0)", "1") }
        var reply = try await Self.post(sandbox, Self.multipart(many, boundary: "q"), contentType: "multipart/form-data; boundary=q")
        #expect(reply.body.contains("REQUEST_TOO_LARGE"), "\(reply.body)")
        let long = Self.credentials + [("note", String(repeating: "õ", count: 2049))]
        reply = try await Self.post(sandbox, Self.multipart(long, boundary: "q"), contentType: "multipart/form-data; boundary=q")
        #expect(reply.body.contains("REQUEST_TOO_LARGE"), "\(reply.body)")
        let nonUTF8 = Array("--q\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\n".utf8) + [0xFF, 0xFE] + Array("\r\n--q--\r\n".utf8)
        reply = try await Self.post(sandbox, nonUTF8, contentType: "multipart/form-data; boundary=q")
        #expect(reply.body.contains("MALFORMED_REQUEST"), "\(reply.body)")
        await sandbox.stop()
    }

    /// Generated parameter sets (hostile names and values, `addaddress` fields among them)
    /// sent multipart with generated boundaries and line ends: each answered as the same
    /// parameters urlencoded are.
    @Test func multipartIsAnsweredAsTheSameParametersUrlencoded() async throws {
        let sandbox = try await RunningSandbox.start()
        var cases: [(multipart: [UInt8], boundary: String, lineEnd: String, urlencoded: [(String, String)], seed: String)] = []
        Property.check("multipart cases", cases: 150) { generator in
            var parameters = [("class", "user"), ("method", generator.pick(["getbalance", "addaddress", "getchannels"]))]
            if generator.chance(0.9) { parameters.append(("user", "demo")) }
            if generator.chance(0.9) { parameters.append(("password", generator.chance(0.9) ? "demo" : HostileText.string(&generator))) }
            for (name, value) in addressParameters() where generator.chance(0.8) {
                parameters.append((name, generator.chance(0.3) ? HostileText.string(&generator, pieces: 0...3) : value))
            }
            for _ in 0..<generator.int(0...4) {
                // Names travel in a header line: no line ends in them.
                let name = HostileText.string(&generator, pieces: 1...2).filter { $0 != "\r" && $0 != "\n" && $0 != "\r\n" }
                parameters.append((name.isEmpty ? "n" : name, HostileText.string(&generator, pieces: 0...3)))
            }
            let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+_,-./:=?")
            var boundary = String((0..<generator.int(1...70)).map { _ in generator.pick(alphabet) })
            while parameters.contains(where: { $0.0.contains(boundary) || $0.1.contains(boundary) }) { boundary += "Z" }
            let lineEnd = generator.chance(0.8) ? "\r\n" : "\n"
            cases.append((Self.multipart(parameters, boundary: boundary, lineEnd: lineEnd), boundary, lineEnd, parameters, "\(parameters)"))
            return nil
        }
        for (index, item) in cases.enumerated() {
            // A name repeated: the last one wins in both shapes; so does the comparison.
            let multipart = try await Self.post(sandbox, item.multipart, contentType: "multipart/form-data; boundary=\"\(item.boundary)\"")
            let urlencoded = try await sandbox.send(item.urlencoded)
            #expect(Self.outcome(multipart.body) == Self.outcome(urlencoded.body), "case \(index): \(item.seed.prefix(400))\n\(multipart.body.prefix(200))\n\(urlencoded.body.prefix(200))")
        }
        await sandbox.stop()
    }

    /// Garbage with a multipart content type never crashes the server: an error in words.
    @Test func generatedGarbageIsMalformedNeverACrash() async throws {
        let sandbox = try await RunningSandbox.start()
        var bodies: [[UInt8]] = []
        Property.check("multipart garbage", cases: 150) { generator in
            var body = Self.multipart(Self.credentials, boundary: "g", lineEnd: generator.chance(0.5) ? "\r\n" : "\n")
            for _ in 0..<generator.int(1...6) where !body.isEmpty {
                let at = generator.int(0...(body.count - 1))
                switch generator.int(0...2) {
                case 0: body.remove(at: at)
                case 1: body.insert(UInt8(truncatingIfNeeded: generator.next()), at: at)
                default: body = Array(body.prefix(at))
                }
            }
            bodies.append(body)
            return nil
        }
        for body in bodies {
            let reply = try await Self.post(sandbox, body, contentType: "multipart/form-data; boundary=g")
            #expect(reply.body.hasPrefix("{\"status\":"), "\(reply.status) \(reply.body.prefix(200))")
        }
        #expect(try await sandbox.call("getbalance").body.contains("152.34"))
        await sandbox.stop()
    }

    /// The status and the error of an answer (an add's answer carries nothing else to tell).
    static func outcome(_ body: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else { return body }
        return "\(object["status"] ?? "") \(object["error"] ?? "")"
    }
}
