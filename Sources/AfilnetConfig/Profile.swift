import AfilnetAPI

/// One account: where it lives, how to authenticate, and how carefully to treat it.
public struct Profile: Sendable, Equatable {
    public var name: String
    public var endpoint: String?
    public var auth: AuthMode
    /// Which API carries the calls: `http` (default) or `soap`.
    public var api: APIKind = .http
    public var user: String?
    /// A shell command whose first output line is the password (`pass show afilnet`).
    public var passwordCommand: String?
    /// Accepted only while the config file is private to its owner.
    public var password: String?
    public var connectTimeout: Double
    public var requestTimeout: Double
    public var readOnly: Bool
    public var theme: String?
    /// An HTTP proxy for this account (`http://[user:password@]host:port`), over the
    /// environment's; and a CA file TLS trusts instead of the system's store.
    public var proxy: String?
    public var caFile: String?
    /// Where SOAP and the token endpoint are, when not beside `endpoint` (docs/api.md).
    public var soapEndpoint: String?
    public var tokenEndpoint: String?
    /// Its own monitoring thresholds (`low_balance`, `critical_balance`, `warning_days`,
    /// `critical_days`): the Accounts pane and `balance --check` judge it by them; nil: the
    /// config's `low_balance` for the first, none for the others.
    public var lowBalance: Double?
    public var criticalBalance: Double?
    public var warningDays: Double?
    public var criticalDays: Double?
    /// The default profile made up when there is no config file at all: a first run.
    public var isFirstRun = false

    public init(
        name: String, endpoint: String? = nil, auth: AuthMode = .post, user: String? = nil,
        passwordCommand: String? = nil, password: String? = nil, connectTimeout: Double = 5,
        requestTimeout: Double = 15, readOnly: Bool = false, theme: String? = nil
    ) {
        self.name = name
        self.endpoint = endpoint
        self.auth = auth
        self.user = user
        self.passwordCommand = passwordCommand
        self.password = password
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.readOnly = readOnly
        self.theme = theme
    }
}

/// Everything `config.toml` says; defaults where it is silent or absent.
public struct AppConfig: Sendable, Equatable {
    public var path: String
    public var defaultProfile: String
    public var profiles: [String: Profile]
    public var theme: String
    public var lowBalanceThreshold: Double
    public var balanceRefreshSeconds: Double
    public var language: String?
    public var mouse: Bool
    /// Action name → keys, as written under `[keys]`.
    public var keyBindings: [String: [String]]
    /// False when there is no file at `path` (all defaults).
    public var fileFound = true

    public init(path: String) {
        self.path = path
        defaultProfile = "default"
        profiles = [:]
        theme = "default"
        lowBalanceThreshold = 10
        balanceRefreshSeconds = 60
        language = nil
        mouse = false
        keyBindings = [:]
    }

    /// The named profile, or the default one; a missing default is an empty profile.
    public func profile(named name: String?) throws(ConfigError) -> Profile {
        let wanted = name ?? defaultProfile
        if let profile = profiles[wanted] { return profile }
        if name == nil {
            var implicit = Profile(name: wanted)
            implicit.isFirstRun = !fileFound
            return implicit
        }
        let known = profiles.keys.sorted()
        throw ConfigError(file: path, key: "profiles.\(wanted)", .noSuchProfile(wanted, known: known))
    }
}
