import Foundation
import Testing

/// `balance --check`, `--prometheus` and `--history`, and the sandbox's spend, through the
/// executable against a sandbox, as a monitoring system or a cron job would run them.
@Suite("Balance monitoring: the check, the textfile, the history")
struct BalanceMonitoringTests {
    /// A status line in the plugin convention: `AFILNET STATE - text | label=value;warn;crit …`,
    /// its performance data by label (value, warn, crit), as a Nagios/Icinga parser reads it.
    static func parse(_ line: String) -> (state: String, text: String, performance: [String: [String]])? {
        let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let head = parts.first, head.hasPrefix("AFILNET "), let dash = head.range(of: " - ") else { return nil }
        let state = String(head[head.index(head.startIndex, offsetBy: 8)..<dash.lowerBound])
        var performance: [String: [String]] = [:]
        for item in (parts.count > 1 ? parts[1] : "").split(separator: " ") {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            performance[String(pair[0])] = pair[1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        }
        return (state, String(head[dash.upperBound...]), performance)
    }

    @Test func eachStateHasItsExitStatusAndOneLine() async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        let ok = try await cli.run("balance", "--check")
        #expect(ok.status == 0)
        #expect(ok.output == "AFILNET OK - balance 152.34 | balance=152.34\n")
        let warning = try await cli.run("balance", "--check", "--warning", "200", "--critical", "10")
        #expect(warning.status == 1)
        #expect(warning.output == "AFILNET WARNING - balance 152.34 (below 200) | balance=152.34;200;10\n")
        let critical = try await cli.run("balance", "--check", "--warning", "500", "--critical", "152.35")
        #expect(critical.status == 2)
        let parsed = try #require(Self.parse(critical.output.trimmingCharacters(in: .newlines)))
        #expect(parsed.state == "CRITICAL")
        #expect(parsed.performance["balance"] == ["152.34", "500", "152.35"])

        // Bad credentials, and the sandbox down: UNKNOWN with the reason, still one line.
        let refused = try await harness.runner(["AFILNET_PASSWORD": "wrong"]).run("balance", "--check", "--critical", "10")
        #expect(refused.status == 3)
        #expect(refused.output.hasPrefix("AFILNET UNKNOWN - cannot read the balance: "))
        #expect(refused.output.contains("INCORRECT_USER_PASSWORD"))
        #expect(refused.output.filter { $0 == "\n" }.count == 1)
        let down = try await harness.runner(["AFILNET_ENDPOINT": "http://127.0.0.1:1/api/http/"]).run("balance", "--check")
        #expect(down.status == 3)
        #expect(down.output.hasPrefix("AFILNET UNKNOWN - cannot read the balance: the connection was refused"))
        let noUser = try await harness.runner(credentials: false).run("balance", "--check")
        #expect(noUser.status == 3)
        #expect(noUser.output.hasPrefix("AFILNET UNKNOWN - "))
        let misuse = try await cli.run("balance", "--warning", "5")
        #expect(misuse.status == 64)
        await harness.stop()
    }

    /// With 10 days of history spending ~12.5 a day, the forecast is in the line and its
    /// thresholds raise the state; then the sandbox spends the balance down.
    @Test func forecastThresholdsAndASpendingSandbox() async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        let db = harness.home.appendingPathComponent("sandbox.sqlite").path
        let seeded = try await cli.run("sandbox", "history-seed", "--db", db, "--days", "10", "--client-endpoint", "http://127.0.0.1:\(harness.port)/api/http/")
        #expect(seeded.status == 0, "\(seeded.errors)")
        let ok = try await cli.run("balance", "--check", "--warning-days", "3", "--critical-days", "1")
        #expect(ok.status == 0, "\(ok.output)")
        let line = try #require(Self.parse(ok.output.trimmingCharacters(in: .newlines)))
        let days = try #require(line.performance["days_left"].flatMap { Double($0[0]) })
        let perDay = try #require(line.performance["spend_per_day"].flatMap { Double($0[0]) })
        #expect((9...15).contains(perDay), "\(perDay)")
        #expect(abs(days - 152.34 / perDay) < 0.02)
        #expect(line.performance["days_left"]?.dropFirst() == ["3", "1"])
        let warned = try await cli.run("balance", "--check", "--warning-days", "30")
        #expect(warned.status == 1)
        #expect(warned.output.contains("(lasts under 30 days)"))

        // A day a second at 100 a day: a second later the balance is lower.
        #expect(try await cli.run("sandbox", "spend", "--db", db, "--per-day", "100", "--speed", "86400").status == 0)
        try await Task.sleep(for: .milliseconds(300))
        let lower = try #require(Double(try await cli.run("balance").output.trimmingCharacters(in: .newlines)))
        #expect(lower < 152.34 && lower >= 0, "\(lower)")
        await harness.stop()
    }

    /// The textfile, read by the Prometheus client library's own parser; on failure it says
    /// so and keeps the last known balance; written by rename, nothing left behind.
    @Test func prometheusTextfileParsesAndSurvivesAFailure() async throws {
        let harness = try await CommandHarness()
        let file = harness.home.appendingPathComponent("textfile/afilnet.prom")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let written = try await harness.runner().run("balance", "--prometheus", file.path)
        #expect(written.status == 0 && written.output.isEmpty)
        var metrics = try Self.parsePrometheus(file.path)
        let account = "demo@http://127.0.0.1:\(harness.port)/api/http/"
        #expect(metrics["afilnet_balance_read_success"] == [account: 1])
        #expect(metrics["afilnet_balance_credits"] == [account: 152.34])
        #expect(abs((metrics["afilnet_balance_read_timestamp_seconds"]?[account] ?? 0) - Date().timeIntervalSince1970) < 60)

        let down = try await harness.runner(["AFILNET_ENDPOINT": "http://127.0.0.1:1/api/http/"]).run("balance", "--prometheus", file.path)
        #expect(down.status == 69)
        metrics = try Self.parsePrometheus(file.path)
        #expect(metrics["afilnet_balance_read_success"] == ["demo@http://127.0.0.1:1/api/http/": 0])
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["afilnet.prom"])

        // --check and --prometheus together: the line and the file.
        let both = try await harness.runner().run("balance", "--check", "--prometheus", file.path)
        #expect(both.status == 0 && both.output.hasPrefix("AFILNET OK"))
        #expect(try Self.parsePrometheus(file.path)["afilnet_balance_credits"] == [account: 152.34])
        await harness.stop()
    }

    @Test func historyAsTableCSVAndJSON() async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        for _ in 0..<3 { #expect(try await cli.run("balance").status == 0) }
        #expect(try await cli.run("balance", "--check").status == 0)
        let csv = try await cli.run("balance", "--history", "--csv")
        let lines = csv.output.split(separator: "\n")
        #expect(lines.first == "time,balance,source")
        #expect(lines.count == 5)
        #expect(lines.dropFirst().map { $0.split(separator: ",").last! } == ["cli", "cli", "cli", "check"])
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",")[1] == "152.34" })
        let json = try await cli.run("balance", "--history", "--json", "--since", "1h")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: String]])
        #expect(rows.count == 4 && rows[0]["balance"] == "152.34")
        #expect(try await cli.run("balance", "--history", "--since", "2099-01-01").output == "TIME  BALANCE  SOURCE\n")
        // Another account's history is its own; --history sends nothing and needs no password.
        let other = try await harness.runner(["AFILNET_USER": "someone", "AFILNET_PASSWORD": ""]).run("balance", "--history", "--csv")
        #expect(other.status == 0 && other.output == "time,balance,source\n")
        #expect(try await cli.run("balance", "--history", "--since", "yesterday").status == 64)
        await harness.stop()
    }

    /// Found while timing `balance` (session 7): a one-shot that left the history open left its
    /// WAL to the next run, which replays it and forgets it was checkpointed, so it grew with
    /// every run. Each run closes the history: no WAL stays behind.
    @Test func aOneShotLeavesNoWALBehind() async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        let wal = harness.home.appendingPathComponent("state/afilnet-tui/balance-history.sqlite-wal").path
        for _ in 0..<3 {
            #expect(try await cli.run("balance").status == 0)
            #expect(!FileManager.default.fileExists(atPath: wal))
        }
        #expect(try await cli.run("balance", "--check").status == 0)
        #expect(!FileManager.default.fileExists(atPath: wal))
        await harness.stop()
    }

    /// Found while timing `balance` (session 7): a state folder that cannot be made was said as
    /// a dump of Foundation's NSError; now in words, and the balance is still printed.
    @Test func aHistoryThatCannotBeKeptIsSaidPlainly() async throws {
        let harness = try await CommandHarness()
        let result = try await harness.runner(["XDG_STATE_HOME": "/dev/null/state"]).run("balance")
        #expect(result.status == 0)
        #expect(result.output == "152.34\n")
        #expect(result.errors.contains("the balance history is not kept: cannot create the folder /dev/null/state/afilnet-tui: Not a directory"))
        #expect(!result.errors.contains("NSCocoaErrorDomain"))
        await harness.stop()
    }

    /// Metric name → the `label` label's value → value, by `prometheus_client.parser`
    /// (Debian's python3-prometheus-client).
    static func parsePrometheus(_ path: String, by label: String = "account") throws -> [String: [String: Double]] {
        let script = """
            import json, sys
            from prometheus_client.parser import text_string_to_metric_families
            out = {}
            for family in text_string_to_metric_families(open(sys.argv[1]).read()):
                for sample in family.samples:
                    out.setdefault(sample.name, {})[sample.labels[sys.argv[2]]] = sample.value
            print(json.dumps(out))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, path, label]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return try JSONDecoder().decode([String: [String: Double]].self, from: data)
    }
}
