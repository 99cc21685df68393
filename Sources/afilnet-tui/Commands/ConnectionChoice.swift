import AfilnetAPI
import AfilnetConfig
import Foundation
import Localization

/// The connection a command asked for (profile, endpoint, auth, API, config file, language),
/// as plain values: `ConnectionOptions` reads them from the command line through
/// ArgumentParser, `QuickBalance` from the few forms it knows; both connect here.
struct ConnectionChoice: Equatable {
    var profile: String?
    var endpoint: String?
    var auth: AuthMode?
    var api: APIKind?
    var config: String = ConfigLoader.defaultPath()
    var lang: Language?
    /// `--proxy`, `--no-proxy`, `--ca-file`.
    var network = ConnectionSettings.NetworkOverrides()

    /// The words of this invocation: `--lang`, the config's `language`, or the locale.
    func text(config loaded: AppConfig? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> Catalogue {
        let configured = (loaded ?? (try? ConfigLoader.load(path: config)))?.language.flatMap(Language.init(tag:))
        return Language.resolve(chosen: lang ?? configured, environment: environment).catalogue
    }

    /// The client for this invocation, its profile and its words. `loaded` is the config
    /// when the caller has read it already. `oneShot`: a command that sends a request or
    /// a few and exits, sent through `DirectHTTPTransport`; the UI says false and keeps
    /// AsyncHTTPClient's kept-alive connections (docs/architecture.md, "Start-up and exit").
    func connect(journal: RequestJournal = RequestJournal(), config loaded: AppConfig? = nil, oneShot: Bool = true) throws -> Connection {
        do {
            return try connectOrThrow(journal: journal, config: loaded, oneShot: oneShot)
        } catch {
            throw fail(error, text())
        }
    }

    /// `connect`, with the reason thrown as it is (config, credentials) rather than said and
    /// exited: for `balance --check`, which says it its own way.
    /// `oneOfMany`: one of several accounts read together (`balance --check --all-profiles`):
    /// each profile's own endpoint and credentials, never `AFILNET_ENDPOINT`, `AFILNET_USER`
    /// or `AFILNET_PASSWORD` (they would make every account the same one), and no prompt.
    func connectOrThrow(
        journal: RequestJournal = RequestJournal(), config loaded: AppConfig? = nil, oneShot: Bool = true, oneOfMany: Bool = false
    ) throws -> Connection {
        let loaded = try loaded ?? ConfigLoader.load(path: config)
        // Read once: each `ProcessInfo.environment` builds a new dictionary.
        var environment = ProcessInfo.processInfo.environment
        if oneOfMany { for name in ["AFILNET_ENDPOINT", "AFILNET_USER", "AFILNET_PASSWORD"] { environment[name] = nil } }
        let text = text(config: loaded, environment: environment)
        let profile = try loaded.profile(named: self.profile)
        let settings = try ConnectionSettings(
            profile: profile, endpointOverride: endpoint, authOverride: auth, apiOverride: api, network: network,
            environment: environment, configPath: config)
        var resolver = CredentialResolver(environment: environment)
        resolver.text = text
        if !oneOfMany, isatty(STDIN_FILENO) == 1 {
            resolver.prompt = { question in try? SecretInput.read(prompt: question) }
        }
        let credentials = try resolver.resolve(profile, configPath: config)
        let client = AfilnetClient(
            configuration: settings.clientConfiguration(credentials: credentials),
            transport: oneShot
                ? DirectHTTPTransport(connectTimeout: settings.connectTimeout, network: settings.network) as any HTTPTransport
                : AsyncHTTPTransport(connectTimeout: settings.connectTimeout, network: settings.network),
            journal: journal)
        return Connection(client: client, profile: profile, text: text, configPath: config, network: settings.network)
    }
}
