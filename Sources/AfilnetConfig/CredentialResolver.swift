import AfilnetAPI
import Foundation
import Localization
import TerminalText

/// Finds the credentials of a profile, in this order: the environment (`AFILNET_USER`,
/// `AFILNET_PASSWORD`), the profile's `password_command`, its `password` (only from a
/// private file, checked by the loader), and last an interactive prompt. Never argv.
public struct CredentialResolver: Sendable {

    public var environment: [String: String]
    /// Asks the user (no echo); nil when there is no terminal to ask on.
    public var prompt: (@Sendable (String) -> String?)?
    /// The prompt's language.
    public var text: Catalogue = .english

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, prompt: (@Sendable (String) -> String?)? = nil) {
        self.environment = environment
        self.prompt = prompt
    }

    /// The profile's user name alone (the environment's first): enough to name the account,
    /// without asking for a password.
    public func user(_ profile: Profile, configPath: String) throws(ConfigError) -> String {
        guard let user = nonEmpty(environment["AFILNET_USER"]) ?? nonEmpty(profile.user) else {
            if profile.isFirstRun { throw ConfigError(file: configPath, .noAccount) }
            throw ConfigError(file: configPath, key: "profiles.\(profile.name).user", .noUser)
        }
        return user
    }

    public func resolve(_ profile: Profile, configPath: String) throws(ConfigError) -> Credentials {
        let user = try user(profile, configPath: configPath)
        if let password = nonEmpty(environment["AFILNET_PASSWORD"]) {
            return Credentials(user: user, password: password)
        }
        if let command = nonEmpty(profile.passwordCommand) {
            return Credentials(user: user, password: try run(command, profile: profile, configPath: configPath))
        }
        if let password = nonEmpty(profile.password) {
            return Credentials(user: user, password: password)
        }
        if let prompt, let password = nonEmpty(prompt(text.passwordPrompt(user, profile.name))) {
            return Credentials(user: user, password: password)
        }
        throw ConfigError(file: configPath, key: "profiles.\(profile.name)", .noPassword)
    }

    /// Runs `password_command` through /bin/sh; its first line of output is the password.
    private func run(_ command: String, profile: Profile, configPath: String) throws(ConfigError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.standardInput
        let key = "profiles.\(profile.name).password_command"
        do {
            try process.run()
        } catch {
            throw ConfigError(file: configPath, key: key, .shellUnavailable)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = problem.split(separator: "\n").first.map { TerminalSafeText.sanitize(String($0)) } ?? ""
            throw ConfigError(file: configPath, key: key, .commandFailed(status: process.terminationStatus, detail: detail))
        }
        guard let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first, !line.isEmpty else {
            throw ConfigError(file: configPath, key: key, .commandPrintedNothing)
        }
        return String(line)
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
