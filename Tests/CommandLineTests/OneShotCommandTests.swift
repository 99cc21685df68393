import AfilnetSandbox
import Foundation
import Testing

@Suite("One-shot commands: tables, JSON, exit codes, secrecy")
struct OneShotCommandTests {
    @Test func readsAsTablesAndJSON() async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        #expect(try await cli.run("balance").output == "152.34\n")
        let json = try await cli.run("balance", "--json")
        #expect(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: String] == ["balance": "152.34"])

        let table = try await cli.run("addresses", "list").output.split(separator: "\n")
        #expect(table.count == 7)
        // Columns line up by display width: 東京 商事 takes the columns of nine ASCII letters.
        let header = String(table[0]), tokyo = String(table.first { $0.contains("東京") }!)
        #expect(header.hasPrefix("ID    NAME             COMPANY          DOCUMENT"))
        #expect(tokyo.hasPrefix("1002  佐藤 健          東京 商事        0100-01-000001"))

        let addresses = try JSONSerialization.jsonObject(with: Data(try await cli.run("addresses", "list", "--json").output.utf8)) as? [[String: Any]]
        #expect(addresses?.count == 6)
        #expect(addresses?.first?["namelastname"] as? String == "Mari Tamm")

        let channels = try await cli.run("channels", "--json")
        #expect(channels.status == 0)
        #expect(channels.output.contains(#""channelname" : "whatsapp""#))
        await harness.stop()
    }

    @Test func writesAndTheirExitCodes() async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        let added = try await cli.run("addresses", "add", "--name", "Kalle Õunapuu", "--company", "Õunapuu OÜ", "--document", "123",
                                "--country", "ee", "--city-id", "1", "--city", "Tallinn", "--zip", "10115", "--street", "Narva mnt 5 & 7")
        #expect(added.status == 0 && added.output == "address added\n")
        #expect(try await cli.run("addresses").output.contains("1006  Kalle Õunapuu"))
        #expect(try await cli.run("addresses", "delete", "1006").output == "address 1006 deleted\n")
        #expect(try await cli.run("channels", "disable", "sms").output == "channel sms off\n")
        #expect(try await cli.run("channels").output.contains("sms               sms             off"))

        let invalid = try await cli.run("addresses", "add", "--name", "X", "--document", "1", "--country", "XX",
                                  "--city-id", "1", "--city", "T", "--zip", "1", "--street", "s")
        #expect(invalid.status == 64)
        #expect(invalid.errors == "afilnet-tui: countrycode is not an ISO 3166-1 alpha-2 country code (e.g. EE, US)\n")
        let cityMissing = try await cli.run("addresses", "add", "--name", "X", "--document", "1", "--country", "EE",
                                      "--city-id", "99", "--city", "T", "--zip", "1", "--street", "s")
        #expect(cityMissing.status == 1)
        #expect(cityMissing.errors.hasPrefix("afilnet-tui: CITY_NOT_FOUND: "))
        #expect(try await cli.run("addresses", "delete", "4242").status == 1)
        #expect(try await cli.run("channels", "enable").status == 64)
        await harness.stop()
    }

    /// From a terminal set to Latin-1, a name's bytes are not UTF-8: refused by its option,
    /// exit 64, and nothing sent (Swift would otherwise have made them U+FFFD and added it).
    @Test func argumentsThatAreNotUTF8AreRefusedByTheirOption() async throws {
        let harness = try await CommandHarness()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", #"exec "$0" addresses add --name "$(printf 'A\377\376B')" --document 1 --country EE --city-id 1 --city Tallinn --zip 10115 --street x"#,
            CommandRunner.executable.path,
        ]
        process.environment = harness.runner().environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(said.hasPrefix("afilnet-tui: --name: not UTF-8 text"))
        try harness.server.flushLog()
        #expect(try harness.server.store.requestLog().isEmpty)
        await harness.stop()
    }

    @Test func failuresHaveTheirDocumentedExitCodes() async throws {
        let harness = try await CommandHarness()
        #expect(try await harness.runner(["AFILNET_PASSWORD": "wrong"]).run("balance").status == 77)
        // A first run (no config, nothing in the environment) is told how to begin.
        let firstRun = try await harness.runner(credentials: false).run("balance")
        #expect(firstRun.status == 77)
        #expect(firstRun.errors.hasPrefix("afilnet-tui: no account is set up: export AFILNET_USER and AFILNET_PASSWORD"))
        #expect(firstRun.errors.contains("'afilnet-tui --sandbox' tries everything"))
        _ = try harness.writeConfig("[profiles.default]\nendpoint = \"https://www.afilnet.com/api/http/\"\n")
        let noUser = try await harness.runner(credentials: false).run("balance")
        #expect(noUser.status == 77)
        #expect(noUser.errors.contains("config.toml: profiles.default.user: no user name: set AFILNET_USER"))
        #expect(try await harness.runner(["AFILNET_ENDPOINT": "http://127.0.0.1:1/api/http/"]).run("balance").status == 69)
        let insecure = try await harness.runner().run("balance", "--endpoint", "http://example.com/api/http/")
        #expect(insecure.status == 78)
        #expect(insecure.errors.contains("plain http:// is refused except on loopback"))
        #expect(try await harness.runner().run("balance", "--password", "x").status == 64)
        await harness.stop()

        let broken = try await CommandHarness(options: SandboxOptions(faults: FaultInjection(mode: .html502)))
        let proxy = try await broken.runner().run("balance")
        #expect(proxy.status == 69)
        #expect(proxy.errors.contains("HTTP 502"))
        await broken.stop()
    }

    @Test func profilesFromTheConfigFile() async throws {
        let harness = try await CommandHarness()
        let endpoint = "http://127.0.0.1:\(harness.port)/api/http/"
        let config = try harness.writeConfig("""
            default_profile = "safe"
            [profiles.safe]
            endpoint = "\(endpoint)"
            user = "demo"
            password_command = "echo demo"
            read_only = true
            [profiles.rw]
            endpoint = "\(endpoint)"
            auth = "basic"
            user = "demo"
            password = "demo"
            """)
        let cli = harness.runner(credentials: false)
        #expect(try await cli.run("balance").output == "152.34\n")
        let refused = try await cli.run("channels", "disable", "sms")
        #expect(refused.status == 78)
        #expect(refused.errors.contains("profile 'safe' is read-only"))
        #expect(try await cli.run("channels", "disable", "sms", "--profile", "rw").status == 0)
        try harness.server.flushLog()
        let log = try harness.server.store.requestLog()
        #expect(log.filter { $0.method == "modifychannel" }.count == 1)
        #expect(log.last?.auth == "basic")

        chmod(config, 0o644)
        let exposed = try await cli.run("balance", "--profile", "rw")
        #expect(exposed.status == 78)
        #expect(exposed.errors.contains("run: chmod 600 \(config)"))
        await harness.stop()
    }

    /// The locale picks the language; `--lang` and the config's `language` beat it. Errors
    /// of the provider's are said in its own Estonian words.
    @Test func messagesInTheUsersLanguage() async throws {
        let harness = try await CommandHarness()
        let estonian = harness.runner(["LANG": "et_EE.UTF-8"])
        let wrong = try await harness.runner(["LANG": "et_EE.UTF-8", "AFILNET_PASSWORD": "wrong"]).run("balance")
        #expect(wrong.status == 77)
        #expect(wrong.errors == "afilnet-tui: INCORRECT_USER_PASSWORD: Vale kasutaja või parool; kontrollige profiili kasutajat ja parooli\n")
        let english = try await harness.runner(["LANG": "et_EE.UTF-8", "AFILNET_PASSWORD": "wrong"]).run("balance", "--lang", "en")
        #expect(english.errors.hasPrefix("afilnet-tui: INCORRECT_USER_PASSWORD: wrong user or password"))
        let lcAll = try await harness.runner(["LANG": "et_EE.UTF-8", "LC_ALL": "C.UTF-8", "AFILNET_PASSWORD": "wrong"]).run("balance")
        #expect(lcAll.errors.hasPrefix("afilnet-tui: INCORRECT_USER_PASSWORD: wrong user or password"))

        #expect(try await estonian.run("channels", "disable", "sms").output == "kanal sms väljas\n")
        let table = try await estonian.run("channels").output
        #expect(table.hasPrefix("TÜÜP"))
        #expect(table.contains("sms               sms             väljas"))
        let noUser = try await harness.runner(["LANG": "et_EE.UTF-8"], credentials: false).run("balance")
        #expect(noUser.status == 77)
        #expect(noUser.errors.contains("kontot pole seadistatud: määrake AFILNET_USER ja AFILNET_PASSWORD"))
        #expect(try await estonian.run("balance", "--lang", "fr").status == 64)

        _ = try harness.writeConfig("language = \"et\"\n")
        let configured = try await harness.runner(["AFILNET_PASSWORD": "wrong"]).run("balance")
        #expect(configured.errors.hasPrefix("afilnet-tui: INCORRECT_USER_PASSWORD: Vale kasutaja või parool"))
        await harness.stop()
    }

    @Test func thePasswordIsNeverInTheCommandLine() async throws {
        let harness = try await CommandHarness(options: SandboxOptions(latency: .milliseconds(600)))
        let secret = "cmdline-secret-\(UUID().uuidString.prefix(6))"
        try harness.server.store.addCredential(user: "ops", password: secret, allowedIPs: [])
        let cli = harness.runner(["AFILNET_USER": "ops", "AFILNET_PASSWORD": secret])
        let (process, output, _) = try cli.start(["balance"])
        try await Task.sleep(for: .milliseconds(300))
        let cmdline = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(process.processIdentifier)/cmdline"))
        #expect(String(decoding: cmdline, as: UTF8.self) == CommandRunner.executable.path + "\0balance\0")
        #expect(!String(decoding: cmdline, as: UTF8.self).contains(secret))
        let printed = await Task.detached { output.fileHandleForReading.readDataToEndOfFile() }.value
        #expect(String(decoding: printed, as: UTF8.self) == "152.34\n")
        await Task.detached { process.waitUntilExit() }.value
        let journal = try String(contentsOf: harness.home.appendingPathComponent("state/afilnet-tui/journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("getbalance") && !journal.contains(secret))
        await harness.stop()
    }

    @Test(arguments: [
        ["--help"], ["balance", "--help"], ["addresses", "--help"], ["addresses", "list", "--help"],
        ["addresses", "add", "--help"], ["addresses", "delete", "--help"], ["channels", "--help"],
        ["channels", "list", "--help"], ["channels", "enable", "--help"], ["channels", "disable", "--help"],
        ["sandbox", "--help"], ["sandbox", "serve", "--help"], ["sandbox", "log", "--help"],
        ["sandbox", "set-balance", "--help"], ["sandbox", "add-credential", "--help"], ["sandbox", "reset", "--help"],
        ["keys", "--help"],
    ])
    func everyCommandHasHelp(arguments: [String]) async throws {
        let home = FileManager.default.temporaryDirectory
        let result = try await CommandRunner(port: nil, home: home).run(arguments)
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: afilnet-tui"))
    }
}

@Suite("Generated documentation stays in step with the commands")
struct GeneratedDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreCurrent(shell: String) async throws {
        let generated = try await CommandRunner(port: nil, home: FileManager.default.temporaryDirectory)
            .run("--generate-completion-script", shell)
        let committed = try String(contentsOf: Self.root.appendingPathComponent("docs/completions/afilnet-tui.\(shell)"), encoding: .utf8)
        #expect(generated.output == committed, "run scripts/generate-docs")
    }

    /// docs/keys.md and README's key summary are the key table's (`KeyMap.defaults`) as it is now.
    @Test func theKeyDocsAreCurrent() async throws {
        let runner = CommandRunner(port: nil, home: FileManager.default.temporaryDirectory)
        let keys = try String(contentsOf: Self.root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        #expect(try await runner.run("keys").output == keys, "run scripts/generate-docs")
        #expect(keys.contains("| `5` | `pane_accounts` |") && keys.contains("| `6` | `pane_about` |"))
        // The list keys under their own title, not a pane's that only shares them (Accounts).
        #expect(keys.contains("## Any list") && !keys.contains("## Accounts pane"))
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = "<!-- keys: generated by scripts/generate-docs from KeyMap.defaults; do not edit -->\n"
        let block = readme.components(separatedBy: begin).last?.components(separatedBy: "<!-- keys: end -->").first
        #expect(try await runner.run("keys", "--summary").output == block, "run scripts/generate-docs")
    }

    @Test func theManPageIsCurrent() async throws {
        let dump = try await CommandRunner(port: nil, home: FileManager.default.temporaryDirectory).run("--experimental-dump-help")
        let committed = try String(contentsOf: Self.root.appendingPathComponent("docs/afilnet-tui.1"), encoding: .utf8)
        #expect(committed.contains(".SH AFILNET\\-TUI ADDRESSES ADD"))
        for command in ["balance", "addresses", "channels", "sandbox"] {
            #expect(dump.output.contains("\"commandName\" : \"\(command)\""))
            #expect(committed.contains(".SH AFILNET\\-TUI \(command.uppercased())"))
        }
    }
}

@Suite("docs/architecture.md's module table is Package.swift's")
struct ArchitectureDocTests {
    /// Each module row's "may import" names the package's own modules its target depends on,
    /// no more and no fewer (products from other packages are named loosely and not checked).
    @Test func theModuleTableMatchesThePackage() throws {
        let root = GeneratedDocsTests.root
        let package = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var dependencies: [String: Set<String>] = [:]
        for block in package.components(separatedBy: "arget(").dropFirst() {
            guard let name = block.firstMatch(of: /name: "([^"]+)"/)?.1 else { continue }
            let body = block.components(separatedBy: ".target").first ?? block
            guard let list = body.firstMatch(of: /dependencies: \[([^\]]*)\]/)?.1 else {
                dependencies[String(name)] = []
                continue
            }
            // Quoted names outside `.product(…)`.
            let plain = list.replacing(/\.product\([^)]*\)/, with: "")
            dependencies[String(name)] = Set(plain.matches(of: /"([^"]+)"/).map { String($0.1) })
        }
        let ours = Set(dependencies.keys).union(package.matches(of: /systemLibrary\(\s*name: "([^"]+)"/).map { String($0.1) })
        let document = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var checked = 0
        for line in document.split(separator: "\n") {
            guard let row = line.wholeMatch(of: /\| `([A-Za-z]+)` \| .* \| (.*) \|/), let expected = dependencies[String(row.1)] else { continue }
            let named = Set(row.2.matches(of: /[A-Za-z]+/).map { String($0.0) }).intersection(ours)
            #expect(named == expected, "docs/architecture.md: \(row.1) may import \(named.sorted()), Package.swift says \(expected.sorted())")
            checked += 1
        }
        #expect(checked >= 8)
    }
}
