import AfilnetAPI
import AfilnetConfig
import ArgumentParser
import Foundation
import TerminalText

/// `afilnet-tui profile add|list|remove`: accounts set up without editing TOML by hand. The
/// config is edited as text (`ConfigEditor`): what was written by hand keeps its comments and
/// order.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "Add, list or remove the accounts (profiles) of config.toml.",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask an account's endpoint, user and password (no echo), check them with a balance read, and write the profile.",
            discussion: """
                The password goes into config.toml, which must be private to you (mode 0600; a new one is made so), or
                is never stored: --password-command names a command that prints it (e.g. "pass show afilnet/prod").
                Answers come from the terminal, or one per line on standard input.
                Example: afilnet-tui profile add prod --endpoint https://www.afilnet.com/api/http/ --user me
                """)
        /// `--config`, and `--endpoint`, `--auth`, `--api` for the new profile (asked when not given).
        @OptionGroup var file: ConnectionOptions
        @Argument(help: "The profile's name.") var name: String
        @Option(help: "The user (asked when not given).") var user: String?
        @Option(help: ArgumentHelp("A command printing the password; stored instead of it.", valueName: "command"))
        var passwordCommand: String?
        @Flag(help: "Mark the profile read-only: it never sends a write.") var readOnly = false
        @Flag(help: "Write the profile without reading the balance first.") var noCheck = false

        func run() async throws {
            let path = file.config
            let original = try ProfileCommand.text(of: path)
            let existing: AppConfig
            do { existing = try ConfigLoader.parse(original, path: path, permissions: 0o600) } catch { throw fail(error) }
            guard existing.profiles[name] == nil else {
                throw fail("profile \(name) is already in \(path): remove it first (afilnet-tui profile remove \(name))", status: ExitStatus.configuration)
            }
            // A password is kept only in a file nobody else can read.
            if passwordCommand == nil, FileManager.default.fileExists(atPath: path), ConfigLoader.permissions(of: path) & 0o077 != 0 {
                throw fail("\(path) can be read by others: chmod 600 it first, or give --password-command", status: ExitStatus.configuration)
            }
            let (auth, api) = (file.auth ?? .post, file.api ?? .http)
            let endpointText = try file.endpoint ?? ProfileCommand.ask("Endpoint [\(Endpoint.production)]: ", default: Endpoint.production.description)
            let userText = try user ?? ProfileCommand.ask("User: ", default: nil)
            var entries: [(key: String, value: ConfigEditor.NewProfile.Value)] = [("endpoint", .string(endpointText)), ("user", .string(userText))]
            if auth != .post { entries.append(("auth", .string(auth.rawValue))) }
            if api != .http { entries.append(("api", .string(api.rawValue))) }
            if let passwordCommand {
                entries.append(("password_command", .string(passwordCommand)))
            } else {
                let password: String
                do { password = try SecretInput.read(prompt: "Password for \(userText): ") } catch { throw fail("\(error)", status: ExitStatus.usage) }
                entries.append(("password", .string(password)))
            }
            if readOnly { entries.append(("read_only", .bool(true))) }
            let edited = ConfigEditor.adding(ConfigEditor.NewProfile(name: name, entries: entries), to: original)
            // Parsed back before it is kept: the same loader every command reads it with.
            let config: AppConfig
            do { config = try ConfigLoader.parse(edited, path: path, permissions: 0o600) } catch { throw fail(error) }
            if !noCheck {
                let choice = ConnectionChoice(profile: name, config: path)
                let session: Connection
                do { session = try choice.connectOrThrow(config: config, oneOfMany: true) } catch { throw fail(error) }
                do {
                    let balance = try await session.client.balance()
                    print("checked: balance \(balance.text)")
                } catch {
                    throw fail(error, session.text)
                }
            }
            try ProfileCommand.write(edited, to: path)
            print("profile \(name) added to \(path)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the profiles: endpoint, user, way in, where the password comes from.")
        /// `--config` (the connection's other options are not used).
        @OptionGroup var file: ConnectionOptions

        func run() throws {
            let config: AppConfig
            do { config = try ConfigLoader.load(path: file.config) } catch { throw fail(error) }
            var table = TextTable(["PROFILE", "ENDPOINT", "USER", "WAY IN", "PASSWORD", "READ-ONLY"])
            for name in config.profiles.keys.sorted() {
                guard let profile = config.profiles[name] else { continue }
                let password = profile.passwordCommand != nil ? "command" : profile.password != nil ? "in the file" : "not stored"
                table.add([
                    name + (name == config.defaultProfile ? " (default)" : ""), profile.endpoint ?? Endpoint.production.description,
                    profile.user ?? "", "\(profile.api.rawValue) \(profile.auth.rawValue)", password, profile.readOnly ? "yes" : "",
                ])
            }
            print(table.rendered, terminator: "")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a profile's table (and the comments just above it) from config.toml.")
        /// `--config` (the connection's other options are not used).
        @OptionGroup var file: ConnectionOptions
        @Argument(help: "The profile's name.") var name: String

        func run() throws {
            let path = file.config
            let original = try ProfileCommand.text(of: path)
            guard let edited = ConfigEditor.removing(name, from: original) else {
                throw fail("\(path) has no [profiles.\(name)] table to remove", status: ExitStatus.configuration)
            }
            do { _ = try ConfigLoader.parse(edited, path: path, permissions: 0o600) } catch { throw fail(error) }
            try ProfileCommand.write(edited, to: path)
            print("profile \(name) removed from \(path)")
        }
    }

    /// The config's text; none yet: empty.
    static func text(of path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "" }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw fail("cannot read \(path) as UTF-8 text", status: ExitStatus.configuration)
        }
        return text
    }

    /// One answer: from the terminal, or the next line of standard input.
    static func ask(_ question: String, default fallback: String?) throws -> String {
        if isatty(STDIN_FILENO) == 1 { FileHandleOutput.standardError(question) }
        let answer = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
        if answer.isEmpty, let fallback { return fallback }
        guard !answer.isEmpty else { throw fail("no answer to \"\(question.trimmingCharacters(in: .whitespaces))\"", status: ExitStatus.usage) }
        return answer
    }

    /// Written beside it and renamed over it, private to the user (0600), the folder made when
    /// there is none.
    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let temporary = (folder.isEmpty ? "." : folder) + "/.config.toml.\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]),
            rename(temporary, path) == 0
        else {
            unlink(temporary)
            throw fail("cannot write \(path)", status: ExitStatus.configuration)
        }
    }
}
