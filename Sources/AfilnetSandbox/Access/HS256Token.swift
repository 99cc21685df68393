import Foundation

/// JSON Web Tokens in compact form signed with HMAC-SHA256 (RFC 7519, RFC 7515 §7.1): all of
/// JWT the sandbox uses. The signature is checked in constant time (`HMACSHA256`), and only
/// a header saying `HS256` is accepted — `none` and every other algorithm are refused
/// before the signature is looked at.
enum HS256Token {
    static let header = #"{"alg":"HS256","typ":"JWT"}"#

    static func sign(_ claims: some Encodable, key: [UInt8]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let signed = Data(header.utf8).base64URLEncoded() + "." + (try encoder.encode(claims)).base64URLEncoded()
        return signed + "." + Data(HMACSHA256.authenticationCode(for: Array(signed.utf8), key: key)).base64URLEncoded()
    }

    /// The claims of a well-formed HS256 token signed with `key`; nil for anything else.
    static func verify<Claims: Decodable>(_ token: String, key: [UInt8], as: Claims.Type) -> Claims? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, algorithm(of: parts[0]) == "HS256",
            let signature = Data(base64URLEncoded: parts[2]),
            HMACSHA256.isValid(signature, for: Array((parts[0] + "." + parts[1]).utf8), key: key),
            let payload = Data(base64URLEncoded: parts[1])
        else { return nil }
        return try? JSONDecoder().decode(Claims.self, from: payload)
    }

    /// The `alg` of a token's encoded header.
    static func algorithm(of header: String) -> String? {
        guard let data = Data(base64URLEncoded: header),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["alg"] as? String
    }
}

extension Data {
    /// RFC 4648 §5 (JWT's alphabet, no padding); nil for any other character.
    init?(base64URLEncoded text: String) {
        guard text.utf8.allSatisfy({ $0 == 0x2D || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) })
        else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }

    func base64URLEncoded() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
