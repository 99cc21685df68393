import AfilnetAPI
import Localization
import Foundation

/// Reads `config.toml` (`$XDG_CONFIG_HOME/afilnet-tui/config.toml` by default).
public enum ConfigLoader {
    /// `environment`: the process's own when nil (read with getenv: `ProcessInfo.environment`
    /// builds a dictionary of all of it, a tenth of a millisecond of a one-shot command).
    public static func defaultPath(environment: [String: String]? = nil) -> String {
        let variable = { (name: String) in environment.map { $0[name] } ?? getenv(name).map { String(cString: $0) } }
        let base = variable("XDG_CONFIG_HOME").flatMap { $0.isEmpty ? nil : $0 }
            ?? (variable("HOME") ?? NSHomeDirectory()) + "/.config"
        return base + "/afilnet-tui/config.toml"
    }

    /// The configuration at `path`; a missing file means all defaults.
    public static func load(path: String) throws(ConfigError) -> AppConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            var defaults = AppConfig(path: path)
            defaults.fileFound = false
            return defaults
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, .notUTF8)
        }
        return try parse(text, path: path, permissions: permissions(of: path))
    }

    /// Parses config text; `permissions` (the file's mode) decides if a password may be in it.
    public static func parse(_ text: String, path: String, permissions: Int = 0o600) throws(ConfigError) -> AppConfig {
        let toml = try TOMLReader(file: path, text: text)
        var config = AppConfig(path: path)
        config.defaultProfile = try toml.string("default_profile") ?? config.defaultProfile
        config.theme = try toml.string("theme") ?? config.theme
        config.lowBalanceThreshold = try toml.number("low_balance") ?? config.lowBalanceThreshold
        config.balanceRefreshSeconds = try toml.number("balance_refresh_seconds") ?? config.balanceRefreshSeconds
        config.language = try toml.string("language")
        if let language = config.language, Language(tag: language) == nil {
            throw toml.error("language", in: [], .badLanguage)
        }
        config.mouse = try toml.bool("mouse") ?? false
        if try toml.table("keys") != nil {
            for action in toml.keys(in: ["keys"]) {
                if let single = try? toml.string(action, in: ["keys"]) {
                    config.keyBindings[action] = [single]
                } else {
                    throw toml.error(action, in: ["keys"], .badKeyName)
                }
            }
        }
        if try toml.table("profiles") != nil {
            for name in toml.keys(in: ["profiles"]) {
                config.profiles[name] = try profile(name, toml, permissions: permissions)
            }
        }
        return config
    }

    private static func profile(_ name: String, _ toml: TOMLReader, permissions: Int) throws(ConfigError) -> Profile {
        let path = ["profiles", name]
        _ = try toml.table(name, in: ["profiles"])
        var profile = Profile(name: name)
        profile.endpoint = try toml.string("endpoint", in: path)
        if let endpoint = profile.endpoint {
            do { _ = try Endpoint(endpoint) } catch { throw toml.error("endpoint", in: path, .badEndpoint(error)) }
        }
        if let auth = try toml.string("auth", in: path) {
            guard let mode = AuthMode(rawValue: auth) else { throw toml.error("auth", in: path, .badAuth) }
            profile.auth = mode
        }
        if let api = try toml.string("api", in: path) {
            guard let kind = APIKind(rawValue: api) else { throw toml.error("api", in: path, .badAPI) }
            profile.api = kind
        }
        profile.user = try toml.string("user", in: path)
        profile.passwordCommand = try toml.string("password_command", in: path)
        profile.password = try toml.string("password", in: path)
        if profile.password != nil, permissions & 0o077 != 0 {
            throw toml.error("password", in: path, .passwordFileReadable(file: toml.file))
        }
        profile.connectTimeout = try toml.number("connect_timeout", in: path) ?? profile.connectTimeout
        profile.requestTimeout = try toml.number("request_timeout", in: path) ?? profile.requestTimeout
        guard profile.connectTimeout > 0, profile.requestTimeout > 0 else {
            throw toml.error("request_timeout", in: path, .badTimeout)
        }
        profile.readOnly = try toml.bool("read_only", in: path) ?? false
        profile.theme = try toml.string("theme", in: path)
        profile.proxy = try toml.string("proxy", in: path)
        if let proxy = profile.proxy {
            do { _ = try HTTPProxy(proxy, source: "proxy") } catch { throw toml.error("proxy", in: path, .badProxy(error)) }
        }
        profile.caFile = try toml.string("ca_file", in: path)
        profile.lowBalance = try toml.number("low_balance", in: path)
        profile.criticalBalance = try toml.number("critical_balance", in: path)
        profile.warningDays = try toml.number("warning_days", in: path)
        profile.criticalDays = try toml.number("critical_days", in: path)
        for (key, keyPath) in [("soap_endpoint", \Profile.soapEndpoint), ("token_endpoint", \Profile.tokenEndpoint)] {
            guard let text = try toml.string(key, in: path) else { continue }
            do { _ = try Endpoint(text) } catch { throw toml.error(key, in: path, .badEndpoint(error)) }
            profile[keyPath: keyPath] = text
        }
        return profile
    }

    public static func permissions(of path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0o600 }
        return Int(info.st_mode) & 0o777
    }
}
