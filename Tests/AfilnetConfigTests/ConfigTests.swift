import AfilnetAPI
import Foundation
import Localization
import Testing
@testable import AfilnetConfig

@Suite("config.toml: profiles, precedence, located errors")
struct ConfigTests {
    static let sample = """
        default_profile = "prod"
        theme = "gruvbox"
        low_balance = 25.5

        [keys]
        refresh = "R"

        [profiles.prod]
        endpoint = "https://www.afilnet.com/api/http/"
        auth = "basic"
        user = "ops@example.com"
        password_command = "printf 'from-command\\\\n'"
        read_only = true

        [profiles.sandbox]
        endpoint = "http://127.0.0.1:8787/api/http/"
        user = "demo"
        password = "demo"
        request_timeout = 3
        """

    @Test func profilesAndSettings() throws {
        let config = try ConfigLoader.parse(Self.sample, path: "config.toml")
        #expect(config.defaultProfile == "prod")
        #expect(config.theme == "gruvbox")
        #expect(config.lowBalanceThreshold == 25.5)
        #expect(config.keyBindings == ["refresh": ["R"]])
        let prod = try config.profile(named: nil)
        #expect(prod.auth == .basic && prod.readOnly && prod.user == "ops@example.com")
        let sandbox = try config.profile(named: "sandbox")
        #expect(sandbox.password == "demo" && sandbox.requestTimeout == 3)
        #expect(throws: ConfigError.self) { try config.profile(named: "staging") }
        #expect(try ConfigLoader.parse("", path: "c").profile(named: nil).name == "default")
    }

    @Test func errorsNameTheFileLineAndKey() throws {
        let cases: [(String, String)] = [
            ("[profiles.a]\nauth = \"token\"\n", "c.toml:2: profiles.a.auth: must be post, get, basic or jwt"),
            ("theme = 3\n", "c.toml:1: theme: must be a string"),
            ("language = \"de\"\n", "c.toml:1: language: must be en or et (or a locale name such as et_EE.UTF-8)"),
            ("[profiles.a]\nuser = \"x\"\n\n[profiles.b]\nendpoint = \"http://example.com/\"\n",
             "c.toml:5: profiles.b.endpoint: unusable endpoint: plain http:// is refused except on loopback (example.com is not); use https://"),
        ]
        for (text, expected) in cases {
            expectError(expected) { _ = try ConfigLoader.parse(text, path: "c.toml") }
        }
        expectError("c.toml:2: profiles.a.auth: peab olema post, get, basic või jwt", in: .estonian) {
            _ = try ConfigLoader.parse("[profiles.a]\nauth = \"token\"\n", path: "c.toml")
        }
        #expect(try ConfigLoader.parse("language = \"et_EE.UTF-8\"\n", path: "c.toml").language == "et_EE.UTF-8")
        do {
            _ = try ConfigLoader.parse("a = [1,\n", path: "c.toml")
            Issue.record("accepted broken TOML")
        } catch {
            #expect(error.line == 2 || error.line == 1)
            #expect(error.description.hasPrefix("c.toml:"))
        }
    }

    @Test func aPasswordInAReadableFileIsRefusedWithTheFix() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("config.toml").path
        try "[profiles.default]\nuser = \"demo\"\npassword = \"demo\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o644)
        expectError("\(path):3: profiles.default.password: the file holds a password but group or others can read it; run: chmod 600 \(path)") {
            _ = try ConfigLoader.load(path: path)
        }
        chmod(path, 0o600)
        #expect(try ConfigLoader.load(path: path).profile(named: nil).password == "demo")
    }

    @Test func credentialPrecedence() throws {
        let config = try ConfigLoader.parse(Self.sample, path: "c.toml")
        let prod = try config.profile(named: "prod")
        let sandbox = try config.profile(named: "sandbox")

        let fromEnvironment = try CredentialResolver(environment: ["AFILNET_USER": "env-user", "AFILNET_PASSWORD": "env-pw"]).resolve(prod, configPath: "c.toml")
        #expect(fromEnvironment == Credentials(user: "env-user", password: "env-pw"))

        let fromCommand = try CredentialResolver(environment: [:]).resolve(prod, configPath: "c.toml")
        #expect(fromCommand == Credentials(user: "ops@example.com", password: "from-command"))

        #expect(try CredentialResolver(environment: [:]).resolve(sandbox, configPath: "c.toml").password == "demo")  // the file's

        let bare = Profile(name: "bare", user: "u")
        #expect(try CredentialResolver(environment: [:], prompt: { _ in "typed" }).resolve(bare, configPath: "c").password == "typed")
        #expect(throws: ConfigError.self) { try CredentialResolver(environment: [:]).resolve(bare, configPath: "c") }
        #expect(throws: ConfigError.self) { try CredentialResolver(environment: [:]).resolve(Profile(name: "x"), configPath: "c") }

        var failing = bare
        failing.passwordCommand = "echo 'vault locked' >&2; exit 3"
        expectError("c: profiles.bare.password_command: the command failed (exit 3): vault locked") {
            _ = try CredentialResolver(environment: [:]).resolve(failing, configPath: "c")
        }
        expectError("c: profiles.bare.password_command: käsk ebaõnnestus (väljumiskood 3): vault locked", in: .estonian) {
            _ = try CredentialResolver(environment: [:]).resolve(failing, configPath: "c")
        }
    }

    @Test func endpointPrecedence() throws {
        let profile = Profile(name: "p", endpoint: "https://a.example/api/http/", auth: .get)
        #expect(try ConnectionSettings(profile: profile, environment: [:], configPath: "c").endpoint.description == "https://a.example/api/http/")
        #expect(try ConnectionSettings(profile: profile, environment: ["AFILNET_ENDPOINT": "https://b.example/"], configPath: "c").endpoint.description == "https://b.example/")
        let overridden = try ConnectionSettings(
            profile: profile, endpointOverride: "http://127.0.0.1:9/", authOverride: .basic,
            environment: ["AFILNET_ENDPOINT": "https://b.example/"], configPath: "c")
        #expect(overridden.endpoint.description == "http://127.0.0.1:9/" && overridden.auth == .basic)
        #expect(try ConnectionSettings(profile: Profile(name: "d"), environment: [:], configPath: "c").endpoint == .production)
        #expect(throws: ConfigError.self) { try ConnectionSettings(profile: profile, endpointOverride: "http://evil.example/", configPath: "c") }
    }
}

/// Runs `body`, which must throw a `ConfigError` reading exactly `expected` in `language`.
func expectError(_ expected: String, in language: Language = .english, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("no error; expected \(expected)", sourceLocation: sourceLocation)
    } catch let error as ConfigError {
        #expect(error.text(in: language.catalogue) == expected, sourceLocation: sourceLocation)
    } catch {
        Issue.record("not a ConfigError: \(error)", sourceLocation: sourceLocation)
    }
}
