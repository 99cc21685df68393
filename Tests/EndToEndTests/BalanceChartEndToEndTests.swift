import Foundation
import Testing

/// The balance chart in a real terminal: the embedded sandbox's 30 demo days, the span key,
/// and the ASCII drawing where the locale has no Unicode.
@Suite("Balance chart in a terminal")
struct BalanceChartEndToEndTests {
    static func hasBraille(_ screen: String) -> Bool {
        screen.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }
    }

    @Test func theChartShowsAndItsSpanSwitches() throws {
        let tmux = try TmuxSession(arguments: "--sandbox")
        tmux.waitFor("Spend ~")
        tmux.waitFor("[24 h]")
        #expect(Self.hasBraille(tmux.screen))
        try tmux.press("t")
        tmux.waitFor("[7 d]")
        try tmux.press("t")
        tmux.waitFor("[30 d]")
        tmux.waitFor("▲ top-up")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }

    @Test func withoutUnicodeTheChartIsASCII() throws {
        let tmux = try TmuxSession(arguments: "--sandbox --lang et", environment: ["LANG": "C"])
        tmux.waitFor("[24 t]")
        try tmux.press("t", "t")
        tmux.waitFor("^ täiendus")
        let screen = tmux.screen
        #expect(!Self.hasBraille(screen))
        #expect(screen.contains("+----"))
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }
}
