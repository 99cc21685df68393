import ArgumentParser

/// The executable: one-shot subcommands for scripts, and the sandbox.
@main
struct AfilnetTUI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "afilnet-tui",
        abstract: "Account manager for the Afilnet User Management API.",
        discussion: "Credentials never come from the command line: see README.md.",
        version: "0.1.0",
        subcommands: [SandboxCommand.self])
}

