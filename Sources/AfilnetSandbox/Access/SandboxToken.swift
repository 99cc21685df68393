import AfilnetAPI
import Foundation
import GRDB
import JWTKit

/// The claims of a sandbox token (docs/api.md, "JWT"): who (`sub`, the access's user), when
/// (`iat`, `exp`), which (`jti`, the row in `token` that revocation marks) and by whom (`iss`).
struct SandboxTokenClaims: JWTPayload, Equatable {
    static let issuer = "afilnet-sandbox"

    var iss: IssuerClaim
    var sub: SubjectClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    var jti: IDClaim

    /// Expiry is checked by `SandboxTokens.verify`, so that it can answer TOKEN_EXPIRED
    /// rather than a generic refusal.
    func verify(using algorithm: some JWTAlgorithm) throws {}
}

/// Signs and checks the sandbox's HS256 tokens with the database's own key (`setting`
/// `jwt_hs256_key`, 32 random bytes made on first use; `sandbox token-key` prints it).
final class SandboxTokens: Sendable {
    static let algorithm = "HS256"
    private let keys: JWTKeyCollection
    let lifetime: TimeInterval

    init(key: [UInt8], lifetime: TimeInterval) async {
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: key), digestAlgorithm: .sha256)
        self.lifetime = lifetime
    }

    func sign(_ claims: SandboxTokenClaims) async throws -> String {
        try await keys.sign(claims, header: ["typ": "JWT"])
    }

    /// The token's claims if it is well formed, HS256 and signed with this key, and not
    /// expired; otherwise the code to answer with.
    func verify(_ token: String, now: Date = Date()) async -> Result<SandboxTokenClaims, APIErrorCode> {
        // The library checks the signature with the key's own algorithm whatever the header
        // says; refuse any other `alg` (`none` above all) outright, as a client would expect.
        guard Self.headerAlgorithm(of: token) == Self.algorithm else { return .failure(.invalidToken) }
        let claims: SandboxTokenClaims
        do {
            claims = try await keys.verify(token, as: SandboxTokenClaims.self)
        } catch {
            return .failure(.invalidToken)
        }
        guard claims.iss.value == SandboxTokenClaims.issuer else { return .failure(.invalidToken) }
        guard claims.exp.value > now else { return .failure(.tokenExpired) }
        return .success(claims)
    }

    static func headerAlgorithm(of token: String) -> String? {
        guard let header = token.split(separator: ".", omittingEmptySubsequences: false).first,
            let data = Data(base64URLEncoded: String(header)),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["alg"] as? String
    }

    /// The database's key, made on first use.
    static func key(_ pool: DatabasePool) throws -> [UInt8] {
        try pool.write { db in
            if let data = try Data.fetchOne(db, sql: "SELECT value FROM setting WHERE name = 'jwt_hs256_key'") {
                return Array(data)
            }
            var generator = SystemRandomNumberGenerator()
            let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try db.execute(sql: "INSERT INTO setting(name, value) VALUES ('jwt_hs256_key', ?)", arguments: [Data(key)])
            return key
        }
    }
}

extension Data {
    /// RFC 4648 §5 (JWT's alphabet, no padding).
    init?(base64URLEncoded text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}

extension SandboxStore {
    /// The key the sandbox signs tokens with (for `sandbox token-key` and peers' tests).
    public func tokenKey() throws -> [UInt8] { try SandboxTokens.key(pool) }
}
