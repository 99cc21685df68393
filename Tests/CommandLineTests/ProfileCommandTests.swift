import Foundation
import Testing

/// `profile add|list|remove` through the executable against a sandbox, on a config written
/// by hand: the answers from standard input, the check a real balance read, nothing written on
/// a refusal, and the hand-written text kept byte for byte.
@Suite("profile add, list, remove: an account without editing TOML by hand")
struct ProfileCommandTests {
    @Test func addChecksWritesAndRemoveGivesTheFileBack() async throws {
        let harness = try await CommandHarness()
        let handWritten = """
            # Accounts of this server.
            low_balance = 25

            # Production
            [profiles.prod]
            endpoint = "https://www.afilnet.com/api/http/"
            user = "ops"
            password_command = "pass show afilnet/prod"

            """
        let config = try harness.writeConfig(handWritten)
        let cli = harness.runner(credentials: false)
        let endpoint = "http://127.0.0.1:\(harness.port)/api/http/"

        // Refused by the service: said, nothing written.
        let refused = try await cli.runWithInput("\(endpoint)\ndemo\nnot-it\n", ["profile", "add", "sandbox", "--config", config])
        #expect(refused.status == 77)
        #expect(refused.errors.contains("INCORRECT_USER_PASSWORD"))
        #expect(try String(contentsOfFile: config, encoding: .utf8) == handWritten)

        let added = try await cli.runWithInput("\(endpoint)\ndemo\ndemo\n", ["profile", "add", "sandbox", "--config", config])
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output == "checked: balance 152.34\nprofile sandbox added to \(config)\n")
        let written = try String(contentsOfFile: config, encoding: .utf8)
        #expect(written.hasPrefix(handWritten))
        #expect(written.hasSuffix("\n[profiles.sandbox]\nendpoint = \"\(endpoint)\"\nuser = \"demo\"\npassword = \"demo\"\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: config)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // It is a profile like any other.
        #expect(try await cli.run("balance", "--profile", "sandbox", "--config", config).output == "152.34\n")
        let listed = try await cli.run("profile", "list", "--config", config)
        let row = listed.output.split(separator: "\n").first { $0.hasPrefix("sandbox ") }.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(row == "sandbox \(endpoint) demo http post in the file", "\(listed.output)")
        #expect(listed.output.contains("pass show") == false && listed.output.contains("command"))
        // Twice is refused.
        #expect(try await cli.runWithInput("\(endpoint)\ndemo\ndemo\n", ["profile", "add", "sandbox", "--config", config]).status == 78)

        let removed = try await cli.run("profile", "remove", "sandbox", "--config", config)
        #expect(removed.status == 0)
        #expect(try String(contentsOfFile: config, encoding: .utf8) == handWritten)
        #expect(try await cli.run("profile", "remove", "sandbox", "--config", config).status == 78)
        await harness.stop()
    }

    @Test func aPasswordCommandIsStoredInsteadOfThePasswordAndAReadableFileRefusesAPassword() async throws {
        let harness = try await CommandHarness()
        let config = try harness.writeConfig("# shared with the team\n", mode: 0o644)
        let cli = harness.runner(credentials: false)
        let endpoint = "http://127.0.0.1:\(harness.port)/api/http/"
        let readable = try await cli.runWithInput("demo\ndemo\n", ["profile", "add", "team", "--config", config, "--endpoint", endpoint])
        #expect(readable.status == 78)
        #expect(readable.errors.contains("can be read by others"))
        let added = try await cli.runWithInput(
            "demo\n", ["profile", "add", "team", "--config", config, "--endpoint", endpoint, "--password-command", "echo demo", "--auth", "jwt"])
        #expect(added.status == 0, "\(added.errors)")
        let written = try String(contentsOfFile: config, encoding: .utf8)
        #expect(written == "# shared with the team\n\n[profiles.team]\nendpoint = \"\(endpoint)\"\nuser = \"demo\"\nauth = \"jwt\"\npassword_command = \"echo demo\"\n")
        await harness.stop()
    }
}
