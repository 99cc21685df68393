import AfilnetAPI
import AsyncHTTPClient
import Foundation
import NIOCore
import Testing
@testable import AfilnetSandbox

extension SandboxCalling {
    var tokenURL: String { "http://127.0.0.1:\(port)/api/token/" }

    func token(user: String = "demo", password: String = "demo") async throws -> HTTPReply {
        try await execute(formPost(tokenURL, formEncode([("user", user), ("password", password)])))
    }

    func issuedToken() async throws -> String {
        let reply = try await token()
        let object = try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as! [String: Any]
        return (object["result"] as! [String: Any])["token"] as! String
    }

    func balance(bearer: String) async throws -> String {
        try await send([("class", "user"), ("method", "getbalance")], authorization: "Bearer " + bearer).body
    }
}

@Suite("JWT: tokens given for the password and refused when expired, altered, unsigned or revoked", .serialized)
struct TokenTests {
    @Test func aTokenOpensTheAccountAndNamesItsAccess() async throws {
        let sandbox = try await RunningSandbox.start()
        let reply = try await sandbox.token()
        #expect(reply.body.contains(#""token_type":"Bearer","expires_in":3600}"#))
        let token = try await sandbox.issuedToken()
        #expect(try await sandbox.balance(bearer: token) == #"{"status":"SUCCESS","result":"152.34"}"#)
        try sandbox.server.flushLog()
        let log = try sandbox.server.store.requestLog()
        #expect(log.map(\.api) == ["token", "token", "http"])
        #expect(log.last?.auth == "bearer")
        #expect(log.last?.access == "demo")
        // The log says a token was issued, never which.
        #expect(!log.contains { $0.response.contains(token) })
        await sandbox.stop()
    }

    @Test func theTokenEndpointTakesCredentialsFromThePostBodyOnly() async throws {
        let sandbox = try await RunningSandbox.start()
        let query = try await sandbox.execute(formPost(sandbox.tokenURL + "?user=demo&password=demo", ""))
        #expect(query.body == #"{"status":"ERROR","error":"MISSING_USER"}"#)
        let get = try await sandbox.execute(HTTPClientRequest(url: sandbox.tokenURL + "?user=demo&password=demo"))
        #expect(get.status == 405)
        #expect(try await sandbox.token(password: "nope").body == #"{"status":"ERROR","error":"INCORRECT_USER_PASSWORD"}"#)
        await sandbox.stop()
    }

    @Test func anAlteredTokenIsRefused() async throws {
        let sandbox = try await RunningSandbox.start()
        let parts = try await sandbox.issuedToken().split(separator: ".").map(String.init)
        var claims = try JSONSerialization.jsonObject(with: Data(base64URLEncoded: parts[1])!) as! [String: Any]
        claims["sub"] = "someone-else"
        claims["exp"] = (claims["exp"] as! Int) + 86_400
        let altered = [parts[0], try JSONSerialization.data(withJSONObject: claims).base64URLEncoded(), parts[2]].joined(separator: ".")
        #expect(try await sandbox.balance(bearer: altered) == #"{"status":"ERROR","error":"INVALID_TOKEN"}"#)
        let unsigned = [Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64URLEncoded(), parts[1], ""].joined(separator: ".")
        #expect(try await sandbox.balance(bearer: unsigned) == #"{"status":"ERROR","error":"INVALID_TOKEN"}"#)
        let relabelled = [Data(#"{"alg":"HS512","typ":"JWT"}"#.utf8).base64URLEncoded(), parts[1], parts[2]].joined(separator: ".")
        #expect(try await sandbox.balance(bearer: relabelled) == #"{"status":"ERROR","error":"INVALID_TOKEN"}"#)
        #expect(try await sandbox.balance(bearer: "not-a-token") == #"{"status":"ERROR","error":"INVALID_TOKEN"}"#)
        try sandbox.server.flushLog()
        #expect(try sandbox.server.store.requestLog().last?.refusal == "token not valid")
        await sandbox.stop()
    }

    @Test func anExpiredTokenIsRefusedAsExpired() async throws {
        let sandbox = try await RunningSandbox.start(tokenLifetime: 1)
        let token = try await sandbox.issuedToken()
        // Its exp is rounded up to the whole second: past it for certain after two.
        try await Task.sleep(for: .milliseconds(2100))
        #expect(try await sandbox.balance(bearer: token) == #"{"status":"ERROR","error":"TOKEN_EXPIRED"}"#)
        await sandbox.stop()
    }

    @Test func revokingOrRemovingTheAccessEndsItsTokens() async throws {
        let sandbox = try await RunningSandbox.start()
        let token = try await sandbox.issuedToken()
        #expect(try sandbox.server.store.revokeTokens(access: "demo") == 1)
        #expect(try await sandbox.balance(bearer: token) == #"{"status":"ERROR","error":"TOKEN_REVOKED"}"#)
        let next = try await sandbox.issuedToken()
        #expect(try await sandbox.balance(bearer: next).contains("SUCCESS"))
        try sandbox.server.store.removeAccess(named: "demo")
        #expect(try await sandbox.balance(bearer: next) == #"{"status":"ERROR","error":"TOKEN_REVOKED"}"#)
        await sandbox.stop()
    }

    @Test func anAccessIsHeldToItsWaysInAndItsNetworks() async throws {
        let sandbox = try await RunningSandbox.start()
        let store = sandbox.server.store
        try store.addAccess(name: "soap-only", user: "ops", password: "pw", ways: [.soap], allowedIPs: [])
        #expect(try await sandbox.call("getbalance", user: "ops", password: "pw").body.contains("API_NOT_ALLOWED"))
        #expect(try await sandbox.token(user: "ops", password: "pw").body.contains("API_NOT_ALLOWED"))
        let soap = try await sandbox.soap(envelopeHead + "<tns:getbalance><tns:user>ops</tns:user><tns:password>pw</tns:password></tns:getbalance>" + envelopeTail)
        #expect(soap.body.contains("<tns:status>SUCCESS</tns:status>"))
        try store.allowIPs([IPRange("10.0.0.0/8")!], access: "soap-only")
        let far = try await sandbox.soap(envelopeHead + "<tns:getbalance><tns:user>ops</tns:user><tns:password>pw</tns:password></tns:getbalance>" + envelopeTail)
        #expect(far.body.contains("IP_NOT_ALLOWED"))
        try store.denyIPs([IPRange("10.0.0.0/8")!], access: "soap-only")
        try store.setWays([.http], access: "soap-only")
        #expect(try await sandbox.call("getbalance", user: "ops", password: "pw").body.contains("SUCCESS"))
        try sandbox.server.flushLog()
        let usage = try store.usage(access: "soap-only")
        #expect(usage.lastCall?.api == "http")
        #expect(usage.perDay.first?.calls == 5)
        #expect(usage.perDay.first?.refused == 3)
        let refusals = try store.requestLog(access: "soap-only").map(\.refusal)
        #expect(refusals == ["way http not allowed", "way jwt not allowed", "", "ip 127.0.0.1 not allowed", ""])
        await sandbox.stop()
    }
}
