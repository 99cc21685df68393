import AfilnetSandbox
import Foundation
import Testing

/// A `TERM` the server does not know (kitty, WezTerm, foot… over SSH), one that cannot draw
/// (`dumb`), none at all, and one only `TERMINFO` knows.
@Suite("Terminal types the server does not know")
struct TerminalChoiceTests {
    @Test func anUnknownTermFallsBackAndSaysSoOnce() throws {
        let tmux = try TmuxSession(columns: 120, arguments: "--sandbox", environment: ["TERM": "xterm-kitty"])
        tmux.waitFor("152.34 credits")
        tmux.waitFor("no terminfo entry for TERM=xterm-kitty: drawing as xterm-256color")
        try tmux.press("2")
        tmux.waitFor("Mari Tamm")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
        #expect(tmux.settingsAfter == tmux.settingsBefore)
    }

    @Test(arguments: [("dumb", "TERM=dumb cannot draw a screen"), ("", "TERM is not set")])
    func aTermThatCannotDrawIsRefusedWithTheFix(term: String, message: String) throws {
        let tmux = try TmuxSession(columns: 200, arguments: "--sandbox", environment: ["TERM": term])
        tmux.waitFor(message)
        tmux.waitFor("TERM=xterm-256color")
        tmux.waitFor("EXITED 72")
    }

    /// An entry only `TERMINFO` has is used as it is: no fallback, no notice.
    @Test func terminfoIsHonoured() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("terminfo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = try Spawn.run("/usr/bin/infocmp", ["-x", "xterm-256color"])
            .replacingOccurrences(of: "xterm-256color|", with: "afilnet-test-term|")
        let file = directory.appendingPathComponent("entry.src")
        try source.write(to: file, atomically: true, encoding: .utf8)
        _ = try Spawn.run("/usr/bin/tic", ["-x", "-o", directory.path, file.path])
        let tmux = try TmuxSession(columns: 120, arguments: "--sandbox", environment: ["TERM": "afilnet-test-term", "TERMINFO": directory.path])
        tmux.waitFor("152.34 credits")
        #expect(!tmux.screen.contains("no terminfo entry"))
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }

    /// One-shot commands never need a terminfo entry.
    @Test func oneShotCommandsIgnoreTerm() async throws {
        let store = try SandboxStore(path: TmuxSession.freshDatabase("term-oneshot"))
        try store.seedDemo(syntheticAddresses: 0)
        let server = SandboxServer(store: store, options: SandboxOptions(port: 0))
        let port = try await server.start()
        let tmux = try TmuxSession(columns: 120, arguments: "balance", environment: [
            "TERM": "xterm-kitty", "AFILNET_USER": "demo", "AFILNET_PASSWORD": "demo",
            "AFILNET_ENDPOINT": "http://127.0.0.1:\(port)/api/http/",
        ])
        tmux.waitFor("152.34")
        tmux.waitFor("EXITED 0")
        await server.stop()
    }
}
