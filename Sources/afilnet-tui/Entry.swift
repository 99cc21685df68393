import ArgumentParser

/// Where the process starts. `afilnet-tui balance` in its plain forms, which monitoring runs
/// every minute, goes straight to the request (`QuickBalance`); everything else through
/// ArgumentParser, whose first parse costs more than curl's whole request (BENCHMARKS.md,
/// "`balance` against curl").
@main
enum Entry {
    static func main() async {
        if let quick = QuickBalance(arguments: Array(CommandLine.arguments.dropFirst())) {
            do {
                try await BalanceCommand.read(quick.connection, json: quick.json)
            } catch {
                AfilnetTUI.exit(withError: fail(error))
            }
            return
        }
        await AfilnetTUI.main()
    }
}
