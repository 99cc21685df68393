import AfilnetAPI
import Foundation

/// The endpoint, auth mode, API and timeouts in force: `--endpoint`/`--auth`/`--api` over
/// `AFILNET_ENDPOINT` over the profile over the defaults.
public struct ConnectionSettings: Sendable {
    public let profile: Profile
    public let endpoint: Endpoint
    public let auth: AuthMode
    public let api: APIKind
    public let connectTimeout: Duration
    public let requestTimeout: Duration
    /// The proxy and the trust store in force (README, "Behind a proxy / private CA").
    public let network: NetworkPath
    /// SOAP's and the token endpoint's places, when set (else beside `endpoint`).
    public let soapEndpoint: Endpoint?
    public let tokenEndpoint: Endpoint?

    /// How requests leave: `--proxy` (`proxy`), `--no-proxy` (`noProxy`), `--ca-file` (`caFile`).
    public struct NetworkOverrides: Sendable, Equatable {
        public var proxy: String?
        public var noProxy = false
        public var caFile: String?
        /// `--soap-endpoint`, `--token-endpoint`.
        public var soapEndpoint: String?
        public var tokenEndpoint: String?
        public init(proxy: String? = nil, noProxy: Bool = false, caFile: String? = nil, soapEndpoint: String? = nil, tokenEndpoint: String? = nil) {
            self.proxy = proxy
            self.noProxy = noProxy
            self.caFile = caFile
            self.soapEndpoint = soapEndpoint
            self.tokenEndpoint = tokenEndpoint
        }
    }

    public init(
        profile: Profile, endpointOverride: String? = nil, authOverride: AuthMode? = nil, apiOverride: APIKind? = nil,
        network overrides: NetworkOverrides = NetworkOverrides(),
        environment: [String: String] = ProcessInfo.processInfo.environment, configPath: String
    ) throws(ConfigError) {
        self.profile = profile
        let fromEnvironment = environment["AFILNET_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 }
        let text = endpointOverride ?? fromEnvironment ?? profile.endpoint
        do {
            endpoint = try text.map(Endpoint.init) ?? .production
        } catch {
            // Blame where the value came from: the option, the variable, or the file.
            let source = endpointOverride != nil ? "--endpoint" : fromEnvironment != nil ? "AFILNET_ENDPOINT" : configPath
            throw ConfigError(file: source, .badEndpoint(error))
        }
        do {
            let proxy = try NetworkPath.proxy(
                for: endpoint, option: overrides.proxy, noProxy: overrides.noProxy,
                profile: profile.proxy.map { ($0, "\(configPath) [profiles.\(profile.name)] proxy") }, environment: environment)
            network = NetworkPath(proxy: proxy, trust: NetworkPath.trust(caFile: overrides.caFile ?? profile.caFile, environment: environment))
        } catch {
            throw ConfigError(file: error.source, .badProxy(error))
        }
        func place(_ option: String?, _ optionName: String, _ configured: String?) throws(ConfigError) -> Endpoint? {
            guard let text = option ?? configured else { return nil }
            do { return try Endpoint(text) } catch { throw ConfigError(file: option != nil ? optionName : configPath, .badEndpoint(error)) }
        }
        soapEndpoint = try place(overrides.soapEndpoint, "--soap-endpoint", profile.soapEndpoint)
        tokenEndpoint = try place(overrides.tokenEndpoint, "--token-endpoint", profile.tokenEndpoint)
        auth = authOverride ?? profile.auth
        api = apiOverride ?? profile.api
        connectTimeout = .milliseconds(Int(profile.connectTimeout * 1000))
        requestTimeout = .milliseconds(Int(profile.requestTimeout * 1000))
    }

    public func clientConfiguration(credentials: Credentials) -> ClientConfiguration {
        var configuration = ClientConfiguration(endpoint: endpoint, auth: auth, api: api, credentials: credentials, requestTimeout: requestTimeout)
        configuration.soapEndpoint = soapEndpoint
        configuration.tokenEndpoint = tokenEndpoint
        return configuration
    }
}
