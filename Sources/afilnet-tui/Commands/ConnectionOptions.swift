import AfilnetAPI
import AfilnetConfig
import ArgumentParser
import Foundation
import Localization

/// How a command reaches the API: profile, endpoint and auth mode. Credentials come from
/// the environment, `password_command`, the config file or a prompt — never from here.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Profile of config.toml to use (default: its default_profile).")
    var profile: String?

    @Option(help: "API endpoint URL; overrides AFILNET_ENDPOINT and the profile.")
    var endpoint: String?

    @Option(help: "How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).")
    var auth: AuthMode?

    @Option(help: "Which API carries the calls: http (default) or soap.")
    var api: APIKind?

    @Option(help: ArgumentHelp("Configuration file.", valueName: "path"))
    var config: String = ConfigLoader.defaultPath()

    @Option(help: "Language of the UI and messages: en or et (default: the config's language, else LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    /// Every command that talks to the API takes these: an argument that is not UTF-8 is
    /// refused here, before anything is sent.
    func validate() throws {
        if let option = RawArguments.firstNotUTF8() {
            throw fail(text().argumentNotUTF8(option), status: ExitStatus.usage)
        }
    }

    /// The words of this invocation: `--lang`, the config's `language`, or the locale.
    func text(config loaded: AppConfig? = nil) -> Catalogue {
        let configured = (loaded ?? (try? ConfigLoader.load(path: config)))?.language.flatMap(Language.init(tag:))
        return Language.resolve(chosen: lang ?? configured, environment: ProcessInfo.processInfo.environment).catalogue
    }

    /// The client for this invocation, its profile and its words. `loaded` is the config
    /// when the caller has read it already. `oneShot`: the client lives as long as the
    /// process (no teardown before exit); the UI, which switches clients, says false.
    func connect(journal: RequestJournal = RequestJournal(), config loaded: AppConfig? = nil, oneShot: Bool = true) throws -> Connection {
        do {
            return try connectOrThrow(journal: journal, config: loaded, oneShot: oneShot)
        } catch {
            throw fail(error, text())
        }
    }

    /// `connect`, with the reason thrown as it is (config, credentials) rather than said and
    /// exited: for `balance --check`, which says it its own way.
    func connectOrThrow(journal: RequestJournal = RequestJournal(), config loaded: AppConfig? = nil, oneShot: Bool = true) throws -> Connection {
        let loaded = try loaded ?? ConfigLoader.load(path: config)
        let text = text(config: loaded)
        let profile = try loaded.profile(named: self.profile)
        let settings = try ConnectionSettings(
            profile: profile, endpointOverride: endpoint, authOverride: auth, apiOverride: api, configPath: config)
        var resolver = CredentialResolver()
        resolver.text = text
        if isatty(STDIN_FILENO) == 1 {
            resolver.prompt = { question in try? SecretInput.read(prompt: question) }
        }
        let credentials = try resolver.resolve(profile, configPath: config)
        let client = AfilnetClient(
            configuration: settings.clientConfiguration(credentials: credentials),
            transport: AsyncHTTPTransport(connectTimeout: settings.connectTimeout, endsWithProcess: oneShot),
            journal: journal)
        return Connection(client: client, profile: profile, text: text, configPath: config)
    }
}

/// What a command works with once connected.
struct Connection {
    let client: AfilnetClient
    let profile: Profile
    let text: Catalogue
    let configPath: String

    /// Refuses a write on a read-only profile, saying why.
    func refuseIfReadOnly() throws {
        if profile.readOnly {
            throw fail(text.cliReadOnly(profile.name, configPath), status: ExitStatus.configuration)
        }
    }
}

extension AuthMode: ExpressibleByArgument {}
extension APIKind: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(tag: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--json` for scripts; a table for people otherwise.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false
}
