import Foundation
import TerminalText

/// The API's base URL. Plain `http://` is refused except on loopback, where the sandbox
/// runs: credentials never cross a network unencrypted.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    public static let production = Endpoint(checked: URL(string: "https://www.afilnet.com/api/http/")!)

    public let url: URL

    public init(_ text: String) throws(AfilnetError) {
        guard let url = URL(string: Self.trimmed(text)), let scheme = url.scheme?.lowercased(),
            let host = url.host, !host.isEmpty
        else { throw .invalidEndpoint(.notAnHTTPURL(TerminalSafeText.sanitize(text))) }
        guard url.user == nil, url.password == nil else {
            throw .invalidEndpoint(.carriesCredentials)
        }
        switch scheme {
        case "https": break
        case "http" where Self.isLoopback(host): break
        case "http":
            throw .invalidEndpoint(.plainHTTPOffLoopback(host: host))
        default:
            throw .invalidEndpoint(.unsupportedScheme(scheme))
        }
        self.url = url
    }

    private init(checked url: URL) { self.url = url }

    /// Without the blanks around it (pasted from somewhere). Not Foundation's
    /// `trimmingCharacters`, which bridges through NSString: 0.3 ms of a one-shot command.
    private static func trimmed(_ text: String) -> String {
        var view = Substring(text)
        while view.first?.isWhitespace == true { view.removeFirst() }
        while view.last?.isWhitespace == true { view.removeLast() }
        return String(view)
    }

    public var isLoopback: Bool { Self.isLoopback(url.host ?? "") }

    /// The endpoint beside this one: the last path component (`http` in `…/api/http/`)
    /// replaced by `name` (`soap`, `token`), as docs/api.md lays the sandbox out.
    public func sibling(_ name: String) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)!
        var parts = components.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.isEmpty { parts = [name] } else { parts[parts.count - 1] = name }
        components.path = "/" + parts.joined(separator: "/") + "/"
        components.query = nil
        return components.url!.absoluteString
    }

    /// Scheme, host, port and path: what a header or a journal may show.
    public var description: String { url.absoluteString }

    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".")
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}

/// How credentials travel.
public enum AuthMode: String, Sendable, CaseIterable {
    /// Form parameters in a POST body (the default: nothing secret in URLs or proxy logs).
    case post
    /// Query parameters, as on the provider's page (the password ends up in URLs).
    case get
    /// `Authorization: Basic`, parameters in a POST body. Unverified against the live service.
    case basic
    /// `Authorization: Bearer` with a token from the token endpoint (`TokenSource`), fetched
    /// with the user and password in a POST body. The shape is the sandbox's (docs/api.md).
    case jwt
}

/// Which of the provider's APIs carries the calls (docs/api.md, "Ways in").
public enum APIKind: String, Sendable, CaseIterable {
    /// Form parameters, JSON answers: `…/api/http/`.
    case http
    /// SOAP 1.1, document/literal: `…/api/soap/` (`SOAPContract`).
    case soap
}

/// `application/x-www-form-urlencoded`, with every byte outside the unreserved set escaped
/// (so `&`, `=`, `+` and UTF-8 in names survive, unlike the provider's Python SDK).
enum FormEncoding {
    private static let unreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8))
    private static let hex = Array("0123456789ABCDEF".utf8)

    static func encode(_ parameters: [(String, String)]) -> String {
        parameters.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
