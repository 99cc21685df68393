import AfilnetSandbox
import Foundation
import Testing

/// The Accounts pane in a real terminal with five profiles: one fine, one running low on a
/// sandbox of 100,006 addresses, one endpoint down, one refusing the password, one with no
/// password stored. Every row is filled or failed within the per-account deadline, keys are
/// answered meanwhile, and Enter moves the session.
@Suite("End to end in tmux: the Accounts pane")
struct AccountsEndToEndTests {
    @Test func everyRowFilledOrFailedAndEnterSwitches() async throws {
        func sandbox(_ tag: String, addresses: Int = 0, balance: String? = nil, latency: Duration = .zero) async throws -> (SandboxServer, Int) {
            let store = try SandboxStore(path: TmuxSession.freshDatabase(tag))
            try store.seedDemo(syntheticAddresses: addresses)
            if let balance { try store.setBalance(balance) }
            var options = SandboxOptions(port: 0)
            options.latency = latency
            let server = SandboxServer(store: store, options: options)
            return (server, try await server.start())
        }
        let (prod, prodPort) = try await sandbox("accounts-prod")
        let (big, bigPort) = try await sandbox("accounts-big", addresses: 100_000, balance: "7.5", latency: .milliseconds(400))
        let config = """
            [profiles.prod]
            endpoint = "http://127.0.0.1:\(prodPort)/api/http/"
            user = "demo"
            password = "demo"

            [profiles.big]
            endpoint = "http://127.0.0.1:\(bigPort)/api/http/"
            user = "demo"
            password = "demo"
            low_balance = 50
            critical_balance = 10

            [profiles.down]
            endpoint = "http://127.0.0.1:1/api/http/"
            user = "demo"
            password = "demo"

            [profiles.refused]
            endpoint = "http://127.0.0.1:\(prodPort)/api/http/"
            user = "demo"
            password = "wrong"

            [profiles.nopassword]
            endpoint = "http://127.0.0.1:\(prodPort)/api/http/"
            user = "demo"

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accounts-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("config.toml").path
        try config.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        let tmux = try TmuxSession(columns: 120, rows: 30, arguments: "--config '\(path)' --profile prod")
        tmux.waitFor("152.34 credits")
        let started = Date()
        try tmux.press("5")
        tmux.waitFor("critical", timeout: 12)
        for state in ["ok", "not read", "no password"] { tmux.waitFor(state, timeout: 12) }
        #expect(Date().timeIntervalSince(started) < 12)
        #expect(tmux.line(containing: "big")?.contains("7.5") == true, "\(tmux.screen)")
        #expect(tmux.line(containing: "● prod") != nil, "\(tmux.screen)")
        #expect(tmux.line(containing: "refused")?.contains("not read") == true)
        // The reason for the selected row that could not be read, on the pane's last row.
        try tmux.press("g", "j", "j", "j", "j")
        tmux.waitFor("refused: INCORRECT_USER_PASSWORD")
        // Enter on `big` moves the session there.
        try tmux.press("g", "Enter")
        tmux.waitFor("127.0.0.1:\(bigPort)")
        tmux.waitFor("● big")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
        await prod.stop()
        await big.stop()
    }
}
