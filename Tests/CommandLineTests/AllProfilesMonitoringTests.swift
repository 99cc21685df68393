import AfilnetSandbox
import Foundation
import Testing

/// `balance --check` and `--prometheus` over several accounts (`--all-profiles`,
/// `--profile a,b`), through the executable against several sandboxes: one running low, one
/// down, one refusing the password, one too slow for the per-account deadline.
@Suite("Every account in one check: --all-profiles")
struct AllProfilesMonitoringTests {
    /// The Nagios plugin guidelines' grammar: `TEXT | 'label'=value[UOM];[warn];[crit];[min];[max] …`
    /// on the first line, the long text after it.
    nonisolated(unsafe) static let statusLine = /^AFILNET (OK|WARNING|CRITICAL|UNKNOWN) - [^|\n]+ \| (.+)$/
    nonisolated(unsafe) static let performance = /^('(?:[^']|'')+'|[^ '=]+)=(U|-?[0-9]+(?:\.[0-9]+)?)(?:[a-zA-Z%]*)(?:;(-?[0-9.]*)){0,4}$/

    struct Setup {
        let prod: CommandHarness, low: CommandHarness, slow: CommandHarness
        let config: String

        init() async throws {
            prod = try await CommandHarness()
            low = try await CommandHarness()
            try low.server.store.setBalance("5")
            var slowOptions = SandboxOptions(port: 0)
            slowOptions.latency = .seconds(4)
            slow = try await CommandHarness(options: slowOptions)
            func profile(_ name: String, _ port: Int, password: String = "demo") -> String {
                """
                [profiles.\(name)]
                endpoint = "http://127.0.0.1:\(port)/api/http/"
                user = "demo"
                password = "\(password)"
                low_balance = 50
                critical_balance = 10

                """
            }
            config = try prod.writeConfig(
                "# one account a profile\n" + profile("prod", prod.port) + profile("low", low.port) + profile("dead", 1)
                    + profile("wrong", prod.port, password: "not-the-s3cret") + profile("slow", slow.port))
        }

        func stop() async {
            await prod.stop()
            await low.stop()
            await slow.stop()
        }
    }

    @Test func oneVerdictWithTheWorstStateFirstAndEveryAccountOnItsLine() async throws {
        let setup = try await Setup()
        let cli = setup.prod.runner(credentials: false)
        let started = Date()
        let result = try await cli.run("balance", "--check", "--all-profiles", "--account-timeout", "2")
        let elapsed = Date().timeIntervalSince(started)
        // The slow account waits out its own deadline; the others do not wait for it.
        #expect(elapsed < 5, "took \(elapsed) s")
        #expect(result.status == 2, "\(result.output)\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        let first = try #require(lines.first?.wholeMatch(of: Self.statusLine))
        #expect(first.1 == "CRITICAL")
        #expect(lines[0].contains("5 accounts: 1 critical, 3 unknown, 1 ok"))
        let items = first.2.split(separator: " ").map(String.init)
        #expect(items.allSatisfy { $0.wholeMatch(of: Self.performance) != nil }, "\(items)")
        #expect(Set(items) == ["'dead'=U;50;10", "'low'=5;50;10", "'prod'=152.34;50;10", "'slow'=U;50;10", "'wrong'=U;50;10"])
        // Worst first, then in the config's order.
        #expect(lines[1] == "low: CRITICAL - balance 5 (below 10)")
        #expect(lines[2].hasPrefix("dead: UNKNOWN - cannot read the balance: the connection was refused"))
        #expect(lines[3].hasPrefix("slow: UNKNOWN - cannot read the balance: no answer within 2 s"))
        #expect(lines[4].hasPrefix("wrong: UNKNOWN - cannot read the balance: INCORRECT_USER_PASSWORD"))
        #expect(lines[5] == "prod: OK - balance 152.34")
        #expect(!result.output.contains("not-the-s3cret"))

        // Some of them, by name; the command line's thresholds over the profiles'.
        let two = try await cli.run("balance", "--check", "--profile", "prod,low", "--warning", "200", "--critical", "1")
        #expect(two.status == 1)
        #expect(two.output.hasPrefix("AFILNET WARNING - 2 accounts: 2 warning | 'prod'=152.34;200;1 'low'=5;200;1\n"))
        // Several accounts only where they make sense.
        #expect(try await cli.run("balance", "--all-profiles").status == 64)
        #expect(try await cli.run("balance", "--check", "--all-profiles", "--endpoint", "http://127.0.0.1:1/").status == 64)
        await setup.stop()
    }

    @Test func oneTextfileWithAProfileLabelPerSeries() async throws {
        let setup = try await Setup()
        let file = setup.prod.home.appendingPathComponent("textfile/afilnet.prom")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let result = try await setup.prod.runner(credentials: false)
            .run("balance", "--prometheus", file.path, "--all-profiles", "--account-timeout", "2")
        // Quiet for cron but for the accounts that failed, each on standard error; a failing status.
        #expect(result.status == 69)
        #expect(result.output.isEmpty)
        #expect(result.errors.split(separator: "\n").count == 3, "\(result.errors)")
        let metrics = try BalanceMonitoringTests.parsePrometheus(file.path, by: "profile")
        #expect(metrics["afilnet_balance_read_success"] == ["prod": 1, "low": 1, "dead": 0, "wrong": 0, "slow": 0])
        #expect(metrics["afilnet_balance_credits"]?["prod"] == 152.34)
        #expect(metrics["afilnet_balance_credits"]?["low"] == 5)
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(!text.contains("not-the-s3cret") && !text.contains("password") && !text.contains("token"))
        #expect(text.contains(#"afilnet_balance_credits{profile="prod",account="demo@http://127.0.0.1:"#))
        // Each metric's HELP and TYPE once.
        #expect(text.components(separatedBy: "# TYPE afilnet_balance_read_success gauge").count == 2)
        await setup.stop()
    }
}
