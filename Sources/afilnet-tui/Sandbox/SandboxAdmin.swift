import AfilnetAPI
import AfilnetSandbox
import ArgumentParser
import Foundation
import TerminalText

struct SandboxSetBalance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-balance", abstract: "Set an account's balance, e.g. 152.34.")

    @OptionGroup var database: SandboxDatabaseOption
    @Option(help: "Account name.") var account = "demo"
    @Argument(help: "The new balance, a decimal such as 152.34.") var amount: String

    func run() throws {
        try database.open().setBalance(amount, account: account)
        print("balance of \(account) set to \(amount)")
    }
}

struct SandboxAddCredential: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-credential",
        abstract: "Add a credential pair to an account; the password is read from standard input.",
        discussion: "Example: printf 'secret\\n' | afilnet-tui sandbox add-credential --user ops --ip 127.0.0.1/32")

    @OptionGroup var database: SandboxDatabaseOption
    @Option(help: "Account name.") var account = "demo"
    @Option(help: "User name of the new credential.") var user: String
    @Option(help: "Allow only this network (CIDR); repeat for several. None allows any address.")
    var ip: [String] = []

    func run() throws {
        let ranges = try ip.map { text in
            guard let range = IPRange(text) else { throw ValidationError("'\(text)' is not an address or CIDR network") }
            return range
        }
        let password = try SecretInput.read(prompt: "Password for \(user): ")
        try database.open().addCredential(user: user, password: password, allowedIPs: ranges, account: account)
        print("credential \(user) added to \(account)" + (ranges.isEmpty ? "" : ", allowed from \(ranges.map(\.description).joined(separator: ", "))"))
    }
}

struct SandboxReset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Delete all sandbox data and seed the demo account again.")

    @OptionGroup var database: SandboxDatabaseOption
    @Option(help: "Synthetic addresses to add to the demo account.") var addresses = 0

    func run() throws {
        let store = try database.open()
        try store.reset(syntheticAddresses: addresses)
        // What is stored now, not what the seed is meant to be.
        print("sandbox reset: account demo / demo, balance \(try store.balance())")
    }
}

struct SandboxLog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Show the server-side request log (passwords redacted).")

    @OptionGroup var database: SandboxDatabaseOption
    @Option(help: "How many of the newest entries.") var limit = 50
    @Option(help: "Only the calls of this access (see: sandbox access list).") var access: String?
    @Flag(help: "One JSON object per line.") var json = false

    func run() throws {
        let store = try database.open()
        if let access { _ = try store.access(named: access) }
        let entries = try store.requestLog(limit: limit, access: access)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            for entry in entries { print(String(decoding: try encoder.encode(entry), as: UTF8.self)) }
            return
        }
        let time = ISO8601DateFormatter()
        for entry in entries {
            let parameters = entry.parameters.sorted { $0.key < $1.key }
                .filter { $0.key != "class" && $0.key != "method" }
                .map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            let call = entry.apiClass.isEmpty ? entry.method : "\(entry.apiClass).\(entry.method)"
            let line = "\(time.string(from: entry.time)) \(entry.sourceIP) \(entry.api) \(call) "
                + "\(entry.httpStatus) \(String(format: "%.1fms", entry.durationMilliseconds))"
                + (entry.fault.isEmpty ? "" : " fault=\(entry.fault)") + " auth=\(entry.auth)"
                + (entry.access.isEmpty ? "" : " access=\(entry.access)")
                + (entry.refusal.isEmpty ? "" : " refused=\"\(entry.refusal)\"") + " \(parameters)"
                + " -> \(entry.response.prefix(120))"
            print(TerminalSafeText.sanitize(line))
        }
    }
}
