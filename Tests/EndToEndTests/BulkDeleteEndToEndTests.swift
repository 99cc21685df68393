import Foundation
import Testing

/// Marking three rows and deleting them, as a user would in a terminal.
@Suite("Bulk delete in a terminal")
struct BulkDeleteEndToEndTests {
    @Test func markThreeRowsAndDeleteThem() throws {
        let tmux = try TmuxSession(arguments: "--sandbox")
        tmux.waitFor("152.34 credits")
        try tmux.press("2")
        tmux.waitFor("Mari Tamm")
        try tmux.press("Space", "Space", "v")
        tmux.waitFor("3 marked")
        #expect(tmux.screen.components(separatedBy: "●").count - 1 == 3)
        try tmux.press("d")
        tmux.waitFor("Delete the 3 marked addresses?")
        try tmux.press("y")
        tmux.waitFor("Deleted 3 of 3 marked addresses.")
        tmux.waitUntilGone("Mari Tamm")
        #expect(!tmux.screen.contains("Kalle Õunapuu") && !tmux.screen.contains("佐藤"))
        #expect(tmux.screen.contains("John Smith"))
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }
}
