import Foundation

/// How requests leave this machine (docs/api.md, "The road: proxies and trust"): through an
/// HTTP proxy or not, and which certificate authorities TLS trusts. Both transports take one.
public struct NetworkPath: Sendable, Equatable {
    public var proxy: HTTPProxy?
    public var trust: TrustStore

    public init(proxy: HTTPProxy? = nil, trust: TrustStore = .system) {
        self.proxy = proxy
        self.trust = trust
    }

    public static let direct = NetworkPath()
}

/// Whom TLS trusts: the system's store, or a file or folder of PEM certificates (a folder as
/// OpenSSL reads one: `c_rehash` names).
public enum TrustStore: Sendable, Equatable {
    case system
    /// `--ca-file`, a profile's `ca_file`, `SSL_CERT_FILE` or `SSL_CERT_DIR`.
    case path(String)
}

/// An HTTP proxy: `http://[user:password@]host[:port]` (port 1080 when none is given, as
/// curl). HTTPS goes through it by CONNECT; plain HTTP as an absolute-form request. The
/// credentials are sent as `Proxy-Authorization` and never shown: `display` has none.
public struct HTTPProxy: Sendable, Equatable, CustomStringConvertible {
    public let host: String
    public let port: Int
    /// `Basic …`, from the URL's percent-decoded user and password.
    public let authorization: String?
    /// Where the setting came from (`HTTPS_PROXY`, `--proxy`, `config.toml [profiles.x] proxy`).
    public let source: String

    public init(_ text: String, source: String) throws(ProxySettingProblem) {
        var text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw ProxySettingProblem(source: source, value: "", reason: .empty) }
        if !text.contains("://") { text = "http://" + text }  // curl takes a bare host:port
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else { throw ProxySettingProblem(source: source, value: Self.hidingCredentials(text), reason: .notAURL) }
        guard scheme == "http" else { throw ProxySettingProblem(source: source, value: Self.hidingCredentials(text), reason: .scheme(scheme)) }
        self.host = host.filter { $0 != "[" && $0 != "]" }
        port = components.port ?? 1080
        self.source = source
        if let user = components.percentEncodedUser {
            let decodedUser = user.removingPercentEncoding ?? user
            let password = components.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 } ?? ""
            authorization = "Basic " + Data("\(decodedUser):\(password)".utf8).base64EncodedString()
        } else {
            authorization = nil
        }
    }

    /// `http://host:port`, as messages and the header say it (never the credentials).
    public var description: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

    /// A proxy URL as it may be shown: `user:password@` replaced by `***@`.
    static func hidingCredentials(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound <= at else { return text }
        return String(text[..<scheme.upperBound]) + "***" + String(text[at...])
    }
}

/// A proxy setting that cannot be used, and where it came from.
public struct ProxySettingProblem: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable { case empty, notAURL, scheme(String) }
    public let source: String
    /// The value, credentials hidden.
    public let value: String
    public let reason: Reason
}

/// `NO_PROXY` as curl reads it: comma-separated; `*` alone matches every host; a name matches
/// itself and its subdomains (a leading dot is the same); an IP address matches itself, and
/// with `/bits` its network (IPv4 and IPv6). Case does not matter; ports are ignored.
public struct NoProxy: Sendable, Equatable {
    private struct Network: Equatable {
        let bytes: [UInt8]
        let bits: Int
    }

    private var everything = false
    private var names: [String] = []
    private var networks: [Network] = []

    public init(_ list: String) {
        for raw in list.split(separator: ",") {
            var entry = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard !entry.isEmpty else { continue }
            if entry == "*" {
                everything = true
                continue
            }
            if entry.hasPrefix("["), let close = entry.firstIndex(of: "]") { entry = String(entry[entry.index(after: entry.startIndex)..<close]) }
            let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
            if let bytes = Self.address(parts[0]) {
                let bits = parts.count == 2 ? Int(parts[1]) ?? bytes.count * 8 : bytes.count * 8
                networks.append(Network(bytes: bytes, bits: max(0, min(bits, bytes.count * 8))))
                continue
            }
            // host:port: the port does not matter here.
            var name = parts[0]
            if let colon = name.lastIndex(of: ":"), name[name.index(after: colon)...].allSatisfy(\.isNumber) { name = String(name[..<colon]) }
            while name.hasPrefix(".") { name.removeFirst() }
            if !name.isEmpty { names.append(name) }
        }
    }

    /// Whether `host` (a name or an IP address, IPv6 with or without brackets) goes direct.
    public func excludes(_ host: String) -> Bool {
        if everything { return true }
        let host = host.lowercased().filter { $0 != "[" && $0 != "]" }.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if let bytes = Self.address(host) {
            return networks.contains { network in
                network.bytes.count == bytes.count && Self.prefix(bytes, network.bytes, network.bits)
            } || names.contains(host)
        }
        return names.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    static func address(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: v6) { Array($0) } }
        return nil
    }

    private static func prefix(_ a: [UInt8], _ b: [UInt8], _ bits: Int) -> Bool {
        for bit in 0..<bits {
            let mask = UInt8(0x80) >> UInt8(bit % 8)
            if a[bit / 8] & mask != b[bit / 8] & mask { return false }
        }
        return true
    }
}

extension NetworkPath {
    /// The proxy for `endpoint`, as curl chooses one (README, "Behind a proxy / private CA"):
    /// `--no-proxy`, then `--proxy`, then the profile's `proxy`, then the environment —
    /// `https_proxy`/`HTTPS_PROXY` for https (`http_proxy` for http; its upper-case form is
    /// ignored, as curl ignores it), then `all_proxy`/`ALL_PROXY`; lower case first. `NO_PROXY`
    /// (`no_proxy` first) applies to each of them. Loopback is not exempt (as in curl): list
    /// `localhost,127.0.0.1` in `NO_PROXY` to reach a local sandbox directly.
    public static func proxy(
        for endpoint: Endpoint, option: String?, noProxy: Bool, profile: (value: String, source: String)?,
        environment: [String: String]
    ) throws(ProxySettingProblem) -> HTTPProxy? {
        guard !noProxy else { return nil }
        func variable(_ names: String...) -> (String, String)? {
            for name in names { if let value = environment[name], !value.isEmpty { return (value, name) } }
            return nil
        }
        let secure = endpoint.url.scheme?.lowercased() == "https"
        let chosen: (String, String)? = option.map { ($0, "--proxy") } ?? profile.map { ($0.value, $0.source) }
            ?? (secure ? variable("https_proxy", "HTTPS_PROXY") : variable("http_proxy")) ?? variable("all_proxy", "ALL_PROXY")
        guard let (value, source) = chosen else { return nil }
        let exempt = NoProxy(variable("no_proxy", "NO_PROXY")?.0 ?? "")
        if let host = endpoint.url.host, exempt.excludes(host) { return nil }
        return try HTTPProxy(value, source: source)
    }

    /// Whom TLS trusts: `--ca-file` or the profile's `ca_file`, else `SSL_CERT_FILE`, else
    /// `SSL_CERT_DIR` (a `c_rehash` folder), else the system's store. With both variables set
    /// the file is taken: one trust path per connection, as NIOSSL loads it.
    public static func trust(caFile: String?, environment: [String: String]) -> TrustStore {
        for candidate in [caFile, environment["SSL_CERT_FILE"], environment["SSL_CERT_DIR"]] {
            if let candidate, !candidate.isEmpty { return .path(candidate) }
        }
        return .system
    }
}
