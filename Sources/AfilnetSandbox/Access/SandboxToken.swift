import AfilnetAPI
import Foundation
import GRDB

/// The claims of a sandbox token (docs/api.md, "JWT"): who (`sub`, the access's user), when
/// (`iat`, `exp`, seconds since 1970), which (`jti`, the row in `token` that revocation
/// marks) and by whom (`iss`).
struct SandboxTokenClaims: Codable, Equatable {
    static let issuer = "afilnet-sandbox"

    var iss: String
    var sub: String
    var iat: Int
    var exp: Int
    var jti: String
}

/// Signs and checks the sandbox's HS256 tokens with the database's own key (`setting`
/// `jwt_hs256_key`, 32 random bytes made on first use; `sandbox token-key` prints it).
final class SandboxTokens: Sendable {
    private let key: [UInt8]
    let lifetime: TimeInterval

    init(key: [UInt8], lifetime: TimeInterval) {
        self.key = key
        self.lifetime = lifetime
    }

    func sign(_ claims: SandboxTokenClaims) throws -> String {
        try HS256Token.sign(claims, key: key)
    }

    /// The token's claims if it is well formed, HS256 and signed with this key, and not
    /// expired; otherwise the code to answer with.
    func verify(_ token: String, now: Date = Date()) -> Result<SandboxTokenClaims, APIErrorCode> {
        guard let claims = HS256Token.verify(token, key: key, as: SandboxTokenClaims.self),
            claims.iss == SandboxTokenClaims.issuer
        else { return .failure(.invalidToken) }
        guard Double(claims.exp) > now.timeIntervalSince1970 else { return .failure(.tokenExpired) }
        return .success(claims)
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

extension SandboxStore {
    /// The key the sandbox signs tokens with (for `sandbox token-key` and peers' tests).
    public func tokenKey() throws -> [UInt8] { try SandboxTokens.key(pool) }
}
