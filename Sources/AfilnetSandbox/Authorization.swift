import Foundation

/// The `Authorization` header of a call: `Basic base64(user:password)` (instead of the
/// `user`/`password` parameters) or `Bearer TOKEN` (docs/api.md, "JWT"). A malformed Basic
/// header counts as absent, so the usual MISSING_USER follows.
struct Authorization {
    enum Kind { case none, basic(user: String, password: String), bearer(String) }
    let kind: Kind

    init(header: String?) {
        guard let header else { kind = .none; return }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { kind = .none; return }
        let value = String(parts[1]).trimmingCharacters(in: .whitespaces)
        switch parts[0].lowercased() {
        case "bearer": kind = .bearer(value)
        case "basic":
            guard let data = Data(base64Encoded: value), let text = String(data: data, encoding: .utf8),
                let colon = text.firstIndex(of: ":")
            else { kind = .none; return }
            kind = .basic(user: String(text[..<colon]), password: String(text[text.index(after: colon)...]))
        default: kind = .none
        }
    }

    /// How the caller proves itself, if the header does it.
    var proof: CallerProof? {
        switch kind {
        case .none: nil
        case .basic(let user, let password): .password(user: user, password: password)
        case .bearer(let token): .bearer(token)
        }
    }

    /// The ways in (`AccessWay`) an API call with this header uses, over SOAP or the HTTP API;
    /// all must be allowed. (The token endpoint needs `jwt` alone: `APIHandler.issueToken`.)
    func ways(soap: Bool) -> Set<AccessWay> {
        var ways: Set<AccessWay> = soap ? [.soap] : []
        switch kind {
        case .none: if !soap { ways.insert(.http) }
        case .basic: ways.insert(.basic)
        case .bearer: ways.insert(.jwt)
        }
        return ways
    }

    /// The log's `auth` column: how credentials came, never what they were.
    func logName(hasUser: Bool) -> String {
        switch kind {
        case .basic: "basic"
        case .bearer: "bearer"
        case .none: hasUser ? "params" : "none"
        }
    }
}

/// A SOAP request that is not a call (not XML, a DTD, an unknown operation): a Fault.
struct SOAPRefusal: Error {
    let reason: String
}
