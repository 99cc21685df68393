import Foundation
import Testing

/// The monitoring units shipped in `examples/monitoring/` (and the package's
/// `/usr/share/doc/afilnet-tui/examples/`), checked by the tools that read them and run as
/// they would run: systemd's own verifier and security score for the service and the timer;
/// the service's, cron's and Nagios' command lines run against sandboxes, their outputs read by
/// the Prometheus client's parser and the plugin guidelines' grammar.
@Suite("Shipped monitoring units: systemd, cron, Nagios, Icinga 2")
struct MonitoringUnitsTests {
    static let folder = GeneratedDocsTests.root.appendingPathComponent("examples/monitoring")

    static func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The unit files with the executable where this build has it (the verifier checks it exists).
    static func installed(in directory: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try ["afilnet-balance.service", "afilnet-balance.timer"].map { name in
            let path = directory.appendingPathComponent(name).path
            try read(name).replacingOccurrences(of: "/usr/bin/afilnet-tui", with: CommandRunner.executable.path)
                .write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func systemdVerifiesTheServiceAndTheTimerAndScoresTheServiceHardened() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("units-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let units = try Self.installed(in: directory)
        // Any warning (an unknown key, a bad value) is on standard error: none is accepted.
        let verified = try Self.run("/usr/bin/systemd-analyze", ["verify", "--man=no"] + units)
        #expect(verified.status == 0 && verified.errors.isEmpty, "\(verified.errors)")
        // systemd's exposure score, 0 (locked down) to 10: at most 2.0 ("OK").
        let security = try Self.run("/usr/bin/systemd-analyze", ["security", "--offline=yes", "--threshold=20", units[0]])
        #expect(security.status == 0, "\(security.output)")
        let service = try Self.read("afilnet-balance.service")
        for setting in ["ProtectSystem=strict", "StateDirectory=afilnet-tui", "NoNewPrivileges=yes", "LoadCredential=config.toml:"] {
            #expect(service.contains(setting))
        }
        #expect(try Self.read("afilnet-balance.timer").contains("OnCalendar=minutely"))
    }

    /// The service's, cron's and Nagios' commands, word by word, with the paths of this test.
    static func commands(config: String, textfile: String) throws -> [String: [String]] {
        func words(_ line: some StringProtocol) -> [String] {
            line.split(separator: " ").map {
                String($0).replacingOccurrences(of: "/usr/bin/afilnet-tui", with: CommandRunner.executable.path)
                    .replacingOccurrences(of: "${CREDENTIALS_DIRECTORY}/config.toml", with: config)
                    .replacingOccurrences(of: "/etc/afilnet-tui/config.toml", with: config)
                    .replacingOccurrences(of: "/var/lib/prometheus/node-exporter/afilnet.prom", with: textfile)
            }.filter { $0 != "$ARG1$" }
        }
        let service = try #require(try read("afilnet-balance.service").split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
        // m h dom mon dow user, then the environment's NAME=value words, then the command.
        let cron = try #require(try read("afilnet-balance.cron").split(separator: "\n").last { $0.hasPrefix("* ") })
        let nagios = try #require(try read("afilnet-nagios.cfg").split(separator: "\n").first { $0.contains("command_line") })
        return [
            "systemd": words(service.dropFirst("ExecStart=".count)),
            "cron": Array(words(cron).dropFirst(6).drop { $0.contains("=") }),
            "nagios": Array(words(nagios.trimmingCharacters(in: .whitespaces)).dropFirst()),
        ]
    }

    @Test func theirCommandsRunAsShipped() async throws {
        let harness = try await CommandHarness()
        let config = try harness.writeConfig("""
            [profiles.prod]
            endpoint = "http://127.0.0.1:\(harness.port)/api/http/"
            user = "demo"
            password = "demo"
            low_balance = 200

            """)
        let textfile = harness.home.appendingPathComponent("afilnet.prom").path
        let commands = try Self.commands(config: config, textfile: textfile)
        for name in ["systemd", "cron"] {
            unlink(textfile)
            let words = try #require(commands[name])
            #expect(words.first == CommandRunner.executable.path, "\(name): \(words)")
            let result = try await harness.runner(credentials: false).run(Array(words.dropFirst()))
            #expect(result.status == 0 && result.output.isEmpty, "\(name): \(result.errors)")
            #expect(try BalanceMonitoringTests.parsePrometheus(textfile, by: "profile")["afilnet_balance_credits"] == ["prod": 152.34], "\(name)")
        }
        let nagios = try #require(commands["nagios"])
        let checked = try await harness.runner(credentials: false).run(Array(nagios.dropFirst()))
        #expect(checked.status == 1)
        let first = try #require(checked.output.split(separator: "\n").first.map(String.init))
        #expect(first.wholeMatch(of: AllProfilesMonitoringTests.statusLine)?.1 == "WARNING", "\(checked.output)")

        // Icinga 2's command and every argument it passes are the executable's.
        let icinga = try Self.read("afilnet-icinga2.conf")
        #expect(icinga.contains(#"command = [ "/usr/bin/afilnet-tui", "balance", "--check", "--all-profiles" ]"#))
        let help = try await harness.runner().run("balance", "--help").output
        for option in icinga.matches(of: #/"(--[a-z-]+)" = /#).map({ String($0.1) }) {
            #expect(help.contains(option + " "), "\(option) is not an option of balance")
        }
        await harness.stop()
    }
}
