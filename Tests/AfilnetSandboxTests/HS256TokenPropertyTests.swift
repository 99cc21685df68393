import Foundation
import PropertySupport
import Testing
@testable import AfilnetSandbox

/// The sandbox's own JWT code (docs/api.md, "JWT"): any claims signed come back unchanged,
/// and a token changed anywhere — one character of any part, or signed with another key —
/// is refused. PyJWT checks the same tokens from outside (PeerTests).
@Suite("Property: HS256 tokens round-trip, and any change to one is refused")
struct HS256TokenPropertyTests {
    @Test func signedClaimsComeBackAndEveryChangeIsRefused() throws {
        Property.check("HS256 token") { generator in
            let key = (0..<32).map { _ in UInt8(generator.int(0...255)) }
            let claims = SandboxTokenClaims(
                iss: SandboxTokenClaims.issuer, sub: HostileText.string(&generator), iat: generator.int(0...2_000_000_000),
                exp: generator.int(0...4_000_000_000), jti: HostileText.string(&generator, pieces: 0...4))
            guard let token = try? HS256Token.sign(claims, key: key) else { return "could not sign \(claims)" }
            guard HS256Token.verify(token, key: key, as: SandboxTokenClaims.self) == claims else { return "\(token) did not read back" }
            var bytes = Array(token.utf8)
            let at = generator.int(0...(bytes.count - 1))
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ".utf8)
            bytes[at] = generator.pick(alphabet.filter { $0 != bytes[at] })
            let changed = String(decoding: bytes, as: UTF8.self)
            // Base64's last character may carry bits the decoder ignores; the token then
            // decodes to the same bytes and is rightly still the same token.
            if let read = HS256Token.verify(changed, key: key, as: SandboxTokenClaims.self), !Self.sameBytes(changed, token) {
                return "\(changed) (changed at \(at)) accepted as \(read)"
            }
            let otherKey = (0..<32).map { _ in UInt8(generator.int(0...255)) }
            if HS256Token.verify(token, key: otherKey, as: SandboxTokenClaims.self) != nil { return "accepted with another key" }
            return nil
        }
    }

    @Test func onlyTheHS256HeaderIsAccepted() throws {
        let key = Array(repeating: UInt8(7), count: 32)
        let token = try HS256Token.sign(SandboxTokenClaims(iss: "i", sub: "s", iat: 1, exp: 2, jti: "j"), key: key)
        let parts = token.split(separator: ".").map(String.init)
        for header in [#"{"alg":"none","typ":"JWT"}"#, #"{"alg":"hs256"}"#, #"{"typ":"JWT"}"#, "[]", "not json"] {
            let forged = Data(header.utf8).base64URLEncoded() + "." + parts[1] + "." + parts[2]
            #expect(HS256Token.verify(forged, key: key, as: SandboxTokenClaims.self) == nil, "\(header)")
        }
        #expect(HS256Token.verify(parts[0] + "." + parts[1] + ".", key: key, as: SandboxTokenClaims.self) == nil)
        #expect(HS256Token.verify(token + ".x", key: key, as: SandboxTokenClaims.self) == nil)
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: ".", omittingEmptySubsequences: false).map { Data(base64URLEncoded: String($0)) }
        let right = b.split(separator: ".", omittingEmptySubsequences: false).map { Data(base64URLEncoded: String($0)) }
        return left == right
    }
}
