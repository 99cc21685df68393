import AccountModel
import ArgumentParser

/// `afilnet-tui keys`: the default key table as Markdown (docs/keys.md is this output).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print the default key table as Markdown (docs/keys.md).")

    @Flag(help: "One line per place instead (README's summary).") var summary = false

    func run() {
        print(summary ? KeyTableDocument.summary() : KeyTableDocument.markdown(), terminator: "")
    }
}
