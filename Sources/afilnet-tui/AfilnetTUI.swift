import AfilnetAPI
import ArgumentParser

/// The executable: one-shot subcommands for scripts, and the sandbox (started by `Entry`).
struct AfilnetTUI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "afilnet-tui",
        abstract: "Account manager for the Afilnet User Management API.",
        discussion: """
            Credentials come from AFILNET_USER / AFILNET_PASSWORD, the profile's password_command, \
            its password (only in a file private to you) or a prompt; never from the command line.

            Exit codes: 0 success, 1 API error, 64 usage or invalid input, 69 network or protocol \
            failure, 72 the UI cannot draw on this terminal (TERM), 75 a write whose outcome is \
            unknown, 77 authentication, 78 configuration.
            """,
        version: AfilnetVersion.current,
        subcommands: [BalanceCommand.self, AddressesCommand.self, ChannelsCommand.self, ThemesCommand.self, ProfileCommand.self, KeysCommand.self, SandboxCommand.self])

    @OptionGroup var connection: ConnectionOptions

    @Flag(help: "Start a sandbox in-process on a free loopback port and open the UI on it.")
    var sandbox = false

    @Option(help: ArgumentHelp("Keep the --sandbox data in this SQLite file (default: temporary).", valueName: "path"))
    var sandboxDb: String?

    @Option(help: "Synthetic addresses for a new --sandbox database.")
    var sandboxAddresses = 0

    @Option(help: "Theme name (afilnet-tui themes list); overrides the profile and config.")
    var theme: String?

    @Flag(help: "Let the mouse focus panes, select rows, switch channels and scroll (off by default).")
    var mouse = false

    @Flag(help: "Send no write request: adding, deleting and switching are disabled.")
    var readOnly = false

    /// No subcommand: the full-screen UI.
    func run() async throws {
        let status = try await UICommand(options: self).run()
        if status != 0 { throw ExitCode(status) }
    }
}

