import Foundation
import Testing

@Suite("Job control, paste and read-only mode in a real terminal")
struct JobControlTests {
    @Test func ctrlZSuspendsAndFgRedraws() throws {
        // An interactive shell in the pane, so ^Z and fg work as they do over SSH.
        let tmux = try TmuxSession(shell: true)
        try tmux.launch("--sandbox")
        try tmux.press("2")
        tmux.waitFor("Jane Doe")
        try tmux.suspend()
        tmux.waitUntilGone("Jane Doe")
        try tmux.resume()
        tmux.waitFor("Jane Doe")
        tmux.waitFor("quit")
        try tmux.press("j", "q")
        tmux.waitUntilGone("Jane Doe")
    }

    @Test func aPasteIsTextNotKeysBeforeAndAfterASuspension() throws {
        let database = TmuxSession.freshDatabase("paste")
        let tmux = try TmuxSession(shell: true)
        try tmux.launch("--sandbox --sandbox-db '\(database)'")
        try tmux.press("2")
        tmux.waitFor("Jane Doe")
        // Pasted "dy" on the list: typed, it would delete the selected address.
        try tmux.paste("dy")
        tmux.waitFor("Pasted text ignored")
        // A copied line with its newline: typed, the newline would send the form.
        try tmux.press("a")
        tmux.waitFor("Contact name")
        try tmux.paste("Tallinn Person\n")
        tmux.waitFor("Tallinn Person")
        try tmux.press("Escape")
        tmux.waitFor("what you typed is kept")
        #expect(!tmux.screen.contains("nothing was sent"))
        // The mode is switched on again after ^Z and fg (the shell switches it off).
        try tmux.suspend()
        try tmux.resume()
        tmux.waitFor("Jane Doe")
        try tmux.press("/")
        try tmux.paste("Jane\n")
        tmux.waitFor("/Jane")
        tmux.waitFor("Enter keep")  // still filtering: the newline was not Enter
        try tmux.press("Escape", "q")
        tmux.waitFor("Quit anyway?")
        try tmux.press("y")
        tmux.waitUntilGone("Jane Doe")
        let log = try Spawn.run(TmuxSession.executable, ["sandbox", "log", "--json", "--db", database])
        #expect(log.contains("\"method\":\"getaddresses\""))
        for write in ["addaddress", "deleteaddress"] { #expect(!log.contains(write)) }
    }

    /// `screen-256color` (a common TERM under tmux) has no BE/PS in terminfo: xterm's are used.
    @Test func pasteWorksWhereTerminfoDoesNotDescribeIt() throws {
        let tmux = try TmuxSession(arguments: "--sandbox", environment: ["TERM": "screen-256color"])
        tmux.waitFor("152.34 credits")
        try tmux.press("2")
        tmux.waitFor("Jane Doe")
        try tmux.paste("dy")
        tmux.waitFor("Pasted text ignored")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }

    /// Keys that terminfo knows only as extended names (Ctrl/Shift with arrows) are skipped,
    /// never taken for a paste's start: the next keys still act.
    @Test func modifiedArrowsAreNotAPaste() throws {
        let tmux = try TmuxSession(arguments: "--sandbox")
        tmux.waitFor("152.34 credits")
        try tmux.press("2")
        tmux.waitFor("▶1000")
        try tmux.press("C-Up", "C-Down", "C-Left", "S-Right", "M-Up", "C-Home", "j")
        tmux.waitFor("▶1001")
        #expect(!tmux.screen.contains("Pasted text"))
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }

    @Test func readOnlySendsNoWrite() throws {
        let database = TmuxSession.freshDatabase("ro")
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
