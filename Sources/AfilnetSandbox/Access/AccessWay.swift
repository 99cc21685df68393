import Foundation

/// The provider's ways in ("MITMED API-d", docs/api.md "Accesses"): an access may be allowed
/// some of them. A call over SOAP with a token needs both `soap` and `jwt`.
public enum AccessWay: String, Sendable, CaseIterable, Comparable {
    /// The HTTP API with `user`/`password` parameters.
    case http
    /// The HTTP API with `Authorization: Basic`.
    case basic
    /// The SOAP API.
    case soap
    /// Tokens: the token endpoint, and `Authorization: Bearer` on either API.
    case jwt

    public static func < (left: AccessWay, right: AccessWay) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }

    /// `http,soap` → the set; nil if a name is unknown.
    public static func parse(_ text: String) -> Set<AccessWay>? {
        var ways = Set<AccessWay>()
        for name in text.split(separator: ",") {
            guard let way = AccessWay(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            ways.insert(way)
        }
        return ways
    }

    static func text(_ ways: Set<AccessWay>) -> String { ways.sorted().map(\.rawValue).joined(separator: ",") }
}
