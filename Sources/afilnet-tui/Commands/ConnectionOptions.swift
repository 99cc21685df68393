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

    @Option(help: ArgumentHelp(
        "HTTP proxy (http://host:port); overrides the profile's proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.",
        valueName: "url"))
    var proxy: String?

    @Flag(name: .customLong("no-proxy"), help: "Connect directly, whatever the profile or the environment says.")
    var noProxy = false

    @Option(help: ArgumentHelp("Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system's.", valueName: "path"))
    var caFile: String?

    @Option(help: ArgumentHelp("SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project's assumption.", valueName: "url"))
    var soapEndpoint: String?

    @Option(help: ArgumentHelp("Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project's assumption.", valueName: "url"))
    var tokenEndpoint: String?

    /// The values chosen, which connect.
    var choice: ConnectionChoice {
        ConnectionChoice(
            profile: profile, endpoint: endpoint, auth: auth, api: api, config: config, lang: lang,
            network: ConnectionSettings.NetworkOverrides(
                proxy: proxy, noProxy: noProxy, caFile: caFile, soapEndpoint: soapEndpoint, tokenEndpoint: tokenEndpoint))
    }

    /// Every command that talks to the API takes these: an argument that is not UTF-8 is
    /// refused here, before anything is sent.
    func validate() throws {
        if let option = RawArguments.firstNotUTF8() {
            throw fail(text().argumentNotUTF8(option), status: ExitStatus.usage)
        }
        // A password in argv is readable by every user of the machine (`ps`).
        if let proxy, proxy.contains("@") {
            throw fail(text().proxyCredentialsInArguments, status: ExitStatus.usage)
        }
    }

    func text(config loaded: AppConfig? = nil) -> Catalogue { choice.text(config: loaded) }

    func connect(journal: RequestJournal = RequestJournal(), config loaded: AppConfig? = nil, oneShot: Bool = true) throws -> Connection {
        try choice.connect(journal: journal, config: loaded, oneShot: oneShot)
    }

    func connectOrThrow(journal: RequestJournal = RequestJournal(), config loaded: AppConfig? = nil, oneShot: Bool = true) throws -> Connection {
        try choice.connectOrThrow(journal: journal, config: loaded, oneShot: oneShot)
    }
}

/// What a command works with once connected.
struct Connection {
    let client: AfilnetClient
    let profile: Profile
    let text: Catalogue
    let configPath: String
    /// The proxy and trust store in force.
    let network: NetworkPath

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
