import AfilnetAPI
import AfilnetSandbox
import ArgumentParser
import BalanceHistory
import Foundation

/// `sandbox spend`: the demo balance goes down over (real or sped-up) time.
struct SandboxSpendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spend",
        abstract: "Make an account's balance go down by an amount a day (0 stops it).",
        discussion: """
            The balance read through the API is the stored one less what the rate has spent since; a running
            `sandbox serve` on the same file sees it at once. Example, a day every minute:
            afilnet-tui sandbox spend --per-day 12.5 --jitter 0.3 --speed 1440
            """)

    @OptionGroup var database: SandboxDatabaseOption
    @Option(help: "Account name.") var account = "demo"
    @Option(help: ArgumentHelp("Credits spent per (simulated) day.", valueName: "credits")) var perDay: Double
    @Option(help: ArgumentHelp("Each day's spend varies by up to this fraction (0.3: ±30%).", valueName: "fraction"))
    var jitter: Double = 0
    @Option(help: ArgumentHelp("Simulated seconds per real second (1440: a day a minute).", valueName: "factor"))
    var speed: Double = 1

    func validate() throws {
        guard perDay >= 0, perDay.isFinite else { throw ValidationError("--per-day must be 0 or more") }
        guard (0...1).contains(jitter) else { throw ValidationError("--jitter must be between 0 and 1") }
        guard speed > 0, speed.isFinite else { throw ValidationError("--speed must be more than 0") }
    }

    func run() throws {
        let store = try database.open()
        try store.setSpend(SandboxSpend(perDay: perDay, jitter: jitter, speed: speed), account: account)
        let balance = try store.balance(account: account)
        let rate = String(format: "%g", perDay), factor = String(format: "%g", speed)
        print(perDay == 0
            ? "\(account) no longer spends; balance \(balance)"
            : "\(account) spends \(rate) a day" + (speed == 1 ? "" : " at \(factor)× speed") + "; balance now \(balance)")
    }
}

/// `sandbox history-seed`: a made-up past in the client's balance history, so a chart and a
/// forecast have something to show against a served sandbox.
struct SandboxHistorySeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history-seed",
        abstract: "Write made-up balance readings for the last days into the client's balance history.",
        discussion: """
            The readings belong to --client-user at --client-endpoint (the account as the client names it) and end at
            the sandbox's current balance. The embedded sandbox (afilnet-tui --sandbox) seeds its own.
            """)

    @OptionGroup var database: SandboxDatabaseOption
    @Option(help: "Account name in the sandbox.") var account = "demo"
    @Option(help: "Days of readings.") var days = 30
    @Option(help: ArgumentHelp("Credits spent per day in the made-up past.", valueName: "credits")) var perDay: Double = 12.5
    // Named apart from the top-level --endpoint, which would take the value.
    @Option(help: "The user the client connects as.") var clientUser = "demo"
    @Option(help: "The endpoint the client connects to.")
    var clientEndpoint = "http://127.0.0.1:\(SandboxOptions.defaultPort)/api/http/"
    @Option(help: ArgumentHelp("The history file (default: the client's).", valueName: "path"))
    var history: String = HistoryLocation.defaultPath()

    func validate() throws {
        guard (1...400).contains(days) else { throw ValidationError("--days must be between 1 and 400") }
        guard (try? Endpoint(clientEndpoint)) != nil else { throw ValidationError("'\(clientEndpoint)' is not an endpoint URL") }
    }

    func run() throws {
        let balance = try database.open().balance(account: account)
        guard let amount = Decimal(string: balance) else { throw ValidationError("the sandbox balance '\(balance)' is not a figure") }
        let samples = DemoHistory.samples(days: days, endingAt: amount, perDay: perDay)
        let name = HistoryLocation.account(user: clientUser, endpoint: try Endpoint(clientEndpoint).description)
        let store = try BalanceHistoryStore(path: history)
        try store.append(contentsOf: samples, account: name)
        print("\(samples.count) readings over \(days) days written for \(name) (\(try store.count(account: name)) kept)")
    }
}
