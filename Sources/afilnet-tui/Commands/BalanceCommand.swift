import AfilnetAPI
import AfilnetConfig
import ArgumentParser
import BalanceHistory
import Foundation

struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance", abstract: "Print the account balance, check it for monitoring, or show its history.",
        discussion: """
            Every successful read is kept in the local balance history ($XDG_STATE_HOME/afilnet-tui/balance-history.sqlite).
            --check prints one status line in the Nagios/Icinga convention and exits 0/1/2/3 (OK/WARNING/CRITICAL/UNKNOWN).
            Example: afilnet-tui balance --check --warning 50 --critical 10 --warning-days 7
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Act as a monitoring plugin: one status line with performance data, exit 0/1/2/3.")
    var check = false
    @Option(help: ArgumentHelp("WARNING when the balance is below this.", valueName: "credits"))
    var warning: Credits?
    @Option(help: ArgumentHelp("CRITICAL when the balance is below this.", valueName: "credits"))
    var critical: Credits?
    @Option(help: ArgumentHelp("WARNING when the forecast says the balance lasts fewer days than this.", valueName: "days"))
    var warningDays: Double?
    @Option(help: ArgumentHelp("CRITICAL when the forecast says the balance lasts fewer days than this.", valueName: "days"))
    var criticalDays: Double?
    @Option(help: ArgumentHelp("Also write the balance for Prometheus' textfile collector to this file (atomically).", valueName: "file"))
    var prometheus: String?
    @Flag(help: "With --check or --prometheus: every profile of config.toml, read in parallel (or name several: --profile a,b).")
    var allProfiles = false
    @Option(help: ArgumentHelp("With several accounts: seconds each may take before it is UNKNOWN.", valueName: "seconds"))
    var accountTimeout: Double = 20

    @Flag(help: "Print the kept history instead of reading the balance (no request is sent).")
    var history = false
    @Option(help: ArgumentHelp("With --history: only readings since then (30m, 24h, 7d, 2w, or a date such as 2026-12-01).", valueName: "when"))
    var since: HistorySince?
    @Flag(help: "With --history: CSV (time,balance,source) instead of a table.")
    var csv = false

    func validate() throws {
        try connection.validate()
        if !history, since != nil || csv { throw ValidationError("--since and --csv go with --history") }
        if history, check || prometheus != nil { throw ValidationError("--history reads no balance: it cannot be combined with --check or --prometheus") }
        if !check, warning != nil || critical != nil || warningDays != nil || criticalDays != nil {
            throw ValidationError("--warning, --critical, --warning-days and --critical-days go with --check")
        }
        if csv, output.json { throw ValidationError("choose one of --json and --csv") }
        let several = allProfiles || (connection.profile?.contains(",") ?? false)
        if several, !check && prometheus == nil { throw ValidationError("--all-profiles and --profile a,b go with --check or --prometheus") }
        if several, connection.endpoint != nil { throw ValidationError("--endpoint would make every account the same one: it cannot go with several profiles") }
        if allProfiles, connection.profile != nil { throw ValidationError("choose one of --all-profiles and --profile") }
        if !(accountTimeout > 0) { throw ValidationError("--account-timeout must be more than 0") }
    }

    func run() async throws {
        if history { return try printHistory() }
        if check || prometheus != nil { return try await monitor() }
        try await Self.read(connection.choice, json: output.json)
    }

    /// The plain read: the balance printed (or as JSON) and kept in the history.
    static func read(_ choice: ConnectionChoice, json: Bool) async throws {
        let session = try choice.connect()
        do {
            let balance = try await session.client.balance()
            BalanceRecording.spool(balance, session)
            if json {
                try printJSON(["balance": balance.text])
            } else {
                print(balance.text)
            }
        } catch {
            throw fail(error, session.text)
        }
    }
}

/// `--since 7d`: a span back from now, or a date.
struct HistorySince: ExpressibleByArgument {
    let date: Date

    init?(argument: String) {
        let units: [Character: Double] = ["m": 60, "h": 3600, "d": 86_400, "w": 604_800]
        if let unit = argument.last.flatMap({ units[$0] }), let count = Double(argument.dropLast()), count >= 0 {
            date = Date().addingTimeInterval(-count * unit)
            return
        }
        let formatter = ISO8601DateFormatter()
        if let moment = formatter.date(from: argument) {
            date = moment
            return
        }
        formatter.formatOptions = [.withFullDate]
        guard let day = formatter.date(from: argument) else { return nil }
        date = day
    }
}

/// A threshold in credits: a decimal such as 50 or 12.5.
struct Credits: ExpressibleByArgument {
    let value: Decimal

    init?(argument: String) {
        guard argument.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let value = Decimal(string: argument, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        self.value = value
    }
}
