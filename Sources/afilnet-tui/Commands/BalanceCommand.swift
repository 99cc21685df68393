import AfilnetAPI
import ArgumentParser
import Foundation

struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance", abstract: "Print the account balance.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let session = try connection.connect()
        do {
            let balance = try await session.client.balance()
            if output.json {
                try printJSON(["balance": balance.text])
            } else {
                print(balance.text)
            }
        } catch {
            throw fail(error, session.text)
        }
    }
}
