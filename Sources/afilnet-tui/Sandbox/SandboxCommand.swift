import AfilnetSandbox
import ArgumentParser
import Foundation

struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "A local emulator of the API, over HTTP on loopback, with SQLite storage.",
        subcommands: [
            SandboxServe.self, SandboxLog.self, SandboxSetBalance.self, SandboxSpendCommand.self, SandboxHistorySeed.self,
            SandboxAddCredential.self, SandboxAccessCommand.self, SandboxTokenKey.self, SandboxReset.self,
        ])
}

/// `--db PATH`, shared by every sandbox subcommand.
struct SandboxDatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("SQLite file of the sandbox.", valueName: "path"))
    var path: String = SandboxStore.defaultPath

    @Option(help: "How many seconds after it is added an address counts as verified.")
    var verifyAfter: Double = 30

    func open() throws -> SandboxStore {
        do {
            return try SandboxStore(path: path, verifyAfter: verifyAfter)
        } catch {
            throw ValidationError("cannot open the sandbox database at \(path): \(error)")
        }
    }
}
