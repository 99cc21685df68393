import Foundation
import Testing

@Suite("Job control and read-only mode in a real terminal")
struct JobControlTests {
    @Test func ctrlZSuspendsAndFgRedraws() throws {
        // An interactive shell in the pane, so ^Z and fg work as they do over SSH.
        let tmux = try TmuxSession(shell: true)
        try tmux.type("'\(TmuxSession.executable)' --sandbox")
        try tmux.press("Enter")
        tmux.waitFor("152.34 credits")
        try tmux.press("2")
        tmux.waitFor("Jane Doe")
        try tmux.press("C-z")
        tmux.waitFor("Stopped")
        tmux.waitUntilGone("Jane Doe")
        try tmux.type("fg")
        try tmux.press("Enter")
        tmux.waitFor("Jane Doe")
        tmux.waitFor("quit")
        try tmux.press("j", "q")
        tmux.waitUntilGone("Jane Doe")
    }

    @Test func readOnlySendsNoWrite() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("ro-\(UUID().uuidString).sqlite").path
        let tmux = try TmuxSession(arguments: "--sandbox --read-only --sandbox-db '\(database)'")
        tmux.waitFor("READ-ONLY")
        try tmux.press("2", "a")
        tmux.waitFor("Read-only profile")
        try tmux.press("d")
        tmux.waitFor("'delete' is disabled")
        try tmux.press("3", "Space")
        tmux.waitFor("'on/off' is disabled")
        #expect(!tmux.screen.contains("a add"))
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
        let log = try Spawn.run(TmuxSession.executable, ["sandbox", "log", "--json", "--db", database])
        #expect(log.contains("\"method\":\"getbalance\""))
        for write in ["addaddress", "deleteaddress", "modifychannel"] { #expect(!log.contains(write)) }
    }
}
