import AsyncHTTPClient
import NIOCore
import Testing
@testable import AfilnetSandbox

@Suite("Bounded input: garbage gets a clear answer, never a crash")
struct InputLimitTests {
    @Test func oversizedBodyParameterAndCount() async throws {
        let sandbox = try await RunningSandbox.start()
        let tooLarge = #"{"status":"ERROR","error":"REQUEST_TOO_LARGE"}"#
        let huge = try await sandbox.execute(formPost(sandbox.url, "class=user&x=" + String(repeating: "a", count: 70_000)))
        #expect(huge.status == 413)
        #expect(huge.body == tooLarge)
        let long = try await sandbox.call("getbalance", [("note", String(repeating: "é", count: 3000))])
        #expect(long.status == 413)
        #expect(long.body == tooLarge)
        let many = try await sandbox.call("getbalance", (0..<70).map { ("p\($0)", "v") })
        #expect(many.status == 413)
        // The server still answers afterwards.
        #expect(try await sandbox.call("getbalance").body == #"{"status":"SUCCESS","result":"152.34"}"#)
        await sandbox.stop()
    }

    @Test func malformedEncodingAndWrongPlaces() async throws {
        let sandbox = try await RunningSandbox.start()
        let malformed = #"{"status":"ERROR","error":"MALFORMED_REQUEST"}"#
        for body in ["class=user&user=%zz", "user=%ff%fe", "user=%4"] {
            let reply = try await sandbox.execute(formPost(sandbox.url, body))
            #expect(reply.status == 400)
            #expect(reply.body == malformed)
        }
        var binary = HTTPClientRequest(url: sandbox.url)
        binary.method = .POST
        binary.body = .bytes(ByteBuffer(bytes: (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))
        binary.headers.add(name: "Content-Type", value: "application/octet-stream")
        #expect(try await sandbox.execute(binary).body == #"{"status":"ERROR","error":"MISSING_USER"}"#)

        let elsewhere = try await sandbox.execute(HTTPClientRequest(url: "http://127.0.0.1:\(sandbox.port)/api/sms/"))
        #expect(elsewhere.status == 404)
        var put = HTTPClientRequest(url: sandbox.url)
        put.method = .PUT
        #expect(try await sandbox.execute(put).status == 405)
        #expect(try await sandbox.call("getbalance").status == 200)
        await sandbox.stop()
    }

    @Test func formDecoding() throws {
        var parameters = FormParameters()
        try parameters.merge(urlEncoded: "a=x+y%20z&b=%26%3D&c&=skipped&d=%C3%95un")
        #expect(parameters["a"] == "x y z")
        #expect(parameters["b"] == "&=")
        #expect(parameters["c"] == "")
        #expect(parameters["d"] == "Õun")
        #expect(parameters.sorted.count == 4)
    }
}
