import AfilnetSandbox
import Foundation
import Testing

@Suite("One-shot commands over SOAP and JWT, and the sandbox's access commands")
struct WaysInCommandTests {
    @Test(arguments: [["--api", "soap"], ["--auth", "jwt"], ["--api", "soap", "--auth", "jwt"], ["--api", "soap", "--auth", "basic"]])
    func everyCommandWorksOverEveryWayIn(_ way: [String]) async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        #expect(try await cli.run(["balance"] + way).output == "152.34\n")
        let addresses = try await cli.run(["addresses", "list", "--json"] + way)
        #expect((try JSONSerialization.jsonObject(with: Data(addresses.output.utf8)) as? [[String: Any]])?.count == 6)
        let added = try await cli.run(["addresses", "add", "--name", "Jüri <&> ]]>", "--document", "1", "--country", "ee",
                                       "--city-id", "1", "--city", "Tallinn", "--zip", "1", "--street", "Pikk 1"] + way)
        #expect(added.output == "address added\n")
        #expect(try await cli.run(["addresses"] + way).output.contains("1006  Jüri <&> ]]>"))
        #expect(try await cli.run(["addresses", "delete", "1006"] + way).output == "address 1006 deleted\n")
        #expect(try await cli.run(["channels", "disable", "sms"] + way).output == "channel sms off\n")
        let refused = try await cli.run(["addresses", "delete", "4242"] + way)
        #expect(refused.status == 1)
        #expect(refused.errors.hasPrefix("afilnet-tui: ADDRESS_NOT_FOUND: "))
        let wrong = try await harness.runner(["AFILNET_PASSWORD": "nope"]).run(["balance"] + way)
        #expect(wrong.status == 77)
        try harness.server.flushLog()
        let log = try harness.server.store.requestLog(limit: 500)
        #expect(log.filter { $0.method == "getbalance" }.allSatisfy { $0.api == (way.contains("soap") ? "soap" : "http") })
        await harness.stop()
    }

    @Test func aProfileChoosesTheWayIn() async throws {
        let harness = try await CommandHarness()
        _ = try harness.writeConfig("""
            [profiles.soap]
            endpoint = "http://127.0.0.1:\(harness.port)/api/http/"
            api = "soap"
            auth = "jwt"
            user = "demo"
            password = "demo"
            """)
        let cli = harness.runner(credentials: false)
        #expect(try await cli.run("balance", "--profile", "soap").output == "152.34\n")
        try harness.server.flushLog()
        #expect(try harness.server.store.requestLog().map(\.api) == ["token", "soap"])
        _ = try harness.writeConfig("[profiles.bad]\napi = \"rest\"\n")
        let bad = try await cli.run("balance", "--profile", "bad")
        #expect(bad.status == 78)
        #expect(bad.errors.contains("profiles.bad.api: must be http or soap"))
        await harness.stop()
    }

    @Test func accessesAreManagedAndWatchedFromTheCommandLine() async throws {
        let harness = try await CommandHarness()
        let db = ["--db", harness.home.appendingPathComponent("sandbox.sqlite").path]
        let cli = harness.runner()
        let added = try await cli.runWithInput("secret\n", ["sandbox", "access", "add", "ops", "--way", "soap", "--ip", "10.0.0.0/8"] + db)
        #expect(added.output == "added: ops  user ops  account demo  ways soap  from 10.0.0.0/8\n")
        #expect(try await cli.run(["sandbox", "access", "list"] + db).output.contains("ops  user ops"))
        let ops = harness.runner(["AFILNET_USER": "ops", "AFILNET_PASSWORD": "secret"])
        #expect(try await ops.run("balance", "--api", "soap").status == 77)  // IP_NOT_ALLOWED
        _ = try await cli.run(["sandbox", "access", "allow-ip", "ops", "127.0.0.1"] + db)
        #expect(try await ops.run("balance", "--api", "soap").output == "152.34\n")
        let http = try await ops.run("balance")
        #expect(http.status == 77)
        #expect(http.errors.contains("API_NOT_ALLOWED"))
        try harness.server.flushLog()
        let shown = try await cli.run(["sandbox", "access", "show", "ops"] + db).output
        #expect(shown.contains("last call: "))
        #expect(shown.contains("http getbalance from 127.0.0.1 (refused: way http not allowed)"))
        #expect(shown.contains(" 3 calls, 2 refused"))
        let log = try await cli.run(["sandbox", "log", "--access", "ops"] + db).output.split(separator: "\n")
        #expect(log.count == 3)
        #expect(log[0].contains(" soap user.getbalance 200 ") && log[0].contains("refused=\"ip 127.0.0.1 not allowed\""))
        #expect(!log.joined().contains("secret"))
        _ = try await cli.run(["sandbox", "access", "remove", "ops"] + db)
        let gone = try await cli.run(["sandbox", "access", "show", "ops"] + db)
        #expect(gone.status != 0)
        #expect(gone.errors.contains("no access named 'ops'"))
        await harness.stop()
    }

    /// The assumed ways in are settable (`--soap-endpoint`, `--token-endpoint`, the profile's
    /// `soap_endpoint`/`token_endpoint`), and against something that is not the sandbox, a
    /// failure that suggests the shape is wrong says that the shape is this project's
    /// assumption and what works with the provider's documented interface.
    @Test func theAssumedWaysInAreSettableAndLabelledWhenTheyFail() async throws {
        let harness = try await CommandHarness()
        let cli = harness.runner()
        // SOAP found where it was said to be, though the HTTP endpoint points elsewhere.
        let elsewhere = try await cli.run(
            "balance", "--endpoint", "http://127.0.0.1:\(harness.port)/somewhere/else/", "--api", "soap",
            "--soap-endpoint", "http://127.0.0.1:\(harness.port)/api/soap/")
        #expect(elsewhere.output == "152.34\n", "\(elsewhere.errors)")
        // A server that is not the sandbox and knows no SOAP: 404, labelled.
        let stranger = Process()
        stranger.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        let port = Int.random(in: 40_000...50_000)
        stranger.arguments = ["-c", """
            import http.server
            class H(http.server.BaseHTTPRequestHandler):
                def answer(self):
                    self.send_response(404); self.send_header('Content-Length', '9'); self.end_headers(); self.wfile.write(b'Not Found')
                do_GET = do_POST = answer
                def log_message(self, *a): pass
            http.server.HTTPServer(('127.0.0.1', \(port)), H).serve_forever()
            """]
        // Its output must not hold the test runner's: swift test waits for that to close.
        stranger.standardOutput = FileHandle.nullDevice
        stranger.standardError = FileHandle.nullDevice
        try stranger.run()
        defer { kill(stranger.processIdentifier, SIGKILL) }
        try await Task.sleep(for: .milliseconds(500))
        let soap = try await cli.run("balance", "--api", "soap", "--soap-endpoint", "http://127.0.0.1:\(port)/api/soap/")
        #expect(soap.status == 69)
        #expect(soap.errors.contains("Note: SOAP follows this project's assumption of its shape (docs/api.md)"), "\(soap.errors)")
        #expect(soap.errors.contains("api = \"http\" (--api http) works with the provider's documented interface"))
        _ = try harness.writeConfig("[profiles.jwt]\nauth = \"jwt\"\ntoken_endpoint = \"http://127.0.0.1:\(port)/token/\"\n")
        let token = try await cli.run("balance", "--profile", "jwt")
        #expect(token.errors.contains("Note: the token endpoint (JWT) follows this project's assumption"), "\(token.errors)")
        // The sandbox's own answers are never labelled: its shape is the one assumed.
        let wrong = try await harness.runner(["AFILNET_PASSWORD": "nope"]).run("balance", "--api", "soap")
        #expect(!wrong.errors.contains("Note:"))
        await harness.stop()
    }
}
