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

    public init(
        profile: Profile, endpointOverride: String? = nil, authOverride: AuthMode? = nil, apiOverride: APIKind? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment, configPath: String
    ) throws(ConfigError) {
        self.profile = profile
        let text = endpointOverride ?? environment["AFILNET_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 } ?? profile.endpoint
        do {
            endpoint = try text.map(Endpoint.init) ?? .production
        } catch {
            throw ConfigError(file: endpointOverride != nil ? "--endpoint" : configPath, .badEndpoint(error))
        }
        auth = authOverride ?? profile.auth
        api = apiOverride ?? profile.api
        connectTimeout = .milliseconds(Int(profile.connectTimeout * 1000))
        requestTimeout = .milliseconds(Int(profile.requestTimeout * 1000))
    }

    public func clientConfiguration(credentials: Credentials) -> ClientConfiguration {
        ClientConfiguration(endpoint: endpoint, auth: auth, api: api, credentials: credentials, requestTimeout: requestTimeout)
    }
}
