import AfilnetAPI
import AfilnetSandbox
import Foundation
import Testing

@Suite("Text from the server never acts on the terminal")
struct HostileTextTests {
    @Test func escapeSequencesInNamesAreShownNotSent() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)/s.sqlite").path
        let store = try SandboxStore(path: path)
        try store.seedDemo()
        let server = SandboxServer(store: store, options: SandboxOptions(port: 0))
        let port = try await server.start()
        let client = AfilnetClient(
            configuration: ClientConfiguration(endpoint: try Endpoint("http://127.0.0.1:\(port)/api/http/"), credentials: Credentials(user: "demo", password: "demo")),
            transport: AsyncHTTPTransport())
        for name in ["Clip\u{1B}]52;c;aGVsbG8=\u{07}", "Title\u{1B}]0;pwned\u{07}", "Bell\u{07}\u{1B}[2J\u{9B}31m\u{202E}"] {
            try await client.addAddress(NewAddress(
                contactName: name, documentID: "1", countryCode: "EE", cityID: 1, cityName: "Tallinn", zipCode: "1", street: "x"))
        }
        await server.stop()

        let tmux = try TmuxSession(columns: 120, rows: 30, arguments: "--sandbox --sandbox-db '\(path)'", recordOutput: true)
        tmux.waitFor("152.34 credits")
        try tmux.press("2")
        tmux.waitFor(#"Clip\e]52;c;aGVs"#)
        // The details show each name whole, as visible escapes.
        for (row, shown) in [("G", #"Bell\x07\e[2J\x9B31m\u{202E}"#), ("k", #"Title\e]0;pwned\x07"#), ("k", #"Clip\e]52;c;aGVsbG8=\x07"#)] {
            try tmux.press("Escape", row, "Enter")
            tmux.waitFor(shown)  // whole only in the details; the table cuts it
        }
        try tmux.press("Escape", "q")
        tmux.waitFor("EXITED 0")
        let bytes = [UInt8](tmux.recordedOutput)
        #expect(!bytes.isEmpty)
        func contains(_ needle: String) -> Bool {
            let pattern = [UInt8](needle.utf8)
            return bytes.indices.contains { start in bytes[start...].starts(with: pattern) }
        }
        #expect(!contains("\u{1B}]52"))
        #expect(!contains("\u{1B}]0;"))
        #expect(!contains("aGVsbG8=\u{07}"))
        #expect(!contains("\u{E2}\u{80}\u{AE}"))  // U+202E as UTF-8
    }
}
