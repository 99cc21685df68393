import Foundation
import Testing

@Suite("Themes and terminal types in a real terminal")
struct ThemeEndToEndTests {
    @Test(arguments: ["light", "solarized-dark", "gruvbox", "high-contrast", "monochrome"])
    func everyShippedThemeStarts(name: String) throws {
        let tmux = try TmuxSession(arguments: "--sandbox --theme \(name)")
        tmux.waitFor("152.34 credits")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }

    /// A theme's 256-colour and #rrggbb colours reach a terminal that has 256: the light
    /// theme's `quiet` (242) and `good` (#007a00, nearest 28) as tmux stored them. (The colour
    /// count was read before ncurses knew it, so every theme came down to 8 colours.)
    @Test func aThemesColoursReachA256ColourTerminal() throws {
        let tmux = try TmuxSession(arguments: "--sandbox --theme light", environment: ["TERM": "xterm-256color"])
        tmux.waitFor("152.34 credits")
        let screen = tmux.screenWithColours
        #expect(screen.contains("38;5;242"), "\(screen.debugDescription.prefix(600))")
        #expect(screen.contains("38;5;28"))
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }

    @Test func aBrokenThemeFallsBackToTheDefaultAndSaysWhere() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("theme-e2e-\(UUID().uuidString)")
        let themes = config.appendingPathComponent("afilnet-tui/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "[styles]\nheader = { fg = \"nope\" }\n".write(to: themes.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(columns: 160, rows: 30, arguments: "--sandbox --theme broken", environment: ["XDG_CONFIG_HOME": config.path])
        tmux.waitFor("152.34 credits")
        tmux.waitFor("Theme 'broken' not used: \(themes.path)/broken.toml:2: styles.header: fg 'nope'")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }

    /// A config the app cannot read does not keep the UI from opening on the sandbox; the
    /// problem is said, in the language the locale asks for.
    @Test func aBrokenConfigIsSaidInTheUsersLanguage() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("config-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("afilnet-tui"), withIntermediateDirectories: true)
        try "theme = \"light\"\nmouse = 3\n".write(to: config.appendingPathComponent("afilnet-tui/config.toml"), atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(columns: 120, rows: 30, arguments: "--sandbox",
                                   environment: ["XDG_CONFIG_HOME": config.path, "LANG": "et_EE.UTF-8"])
        tmux.waitFor("152,34 krediiti")
        tmux.waitFor("afilnet-tui/config.toml:2: mouse: peab olema true või false")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }

    /// The terminals operators use (xterm, tmux, screen, the linux console, vt100), by their terminfo entries (tmux draws whatever they ask).
    @Test(arguments: ["xterm-256color", "tmux-256color", "screen", "linux", "vt100"])
    func everyTerminalTypeDrawsAndRestores(term: String) throws {
        let tmux = try TmuxSession(arguments: "--sandbox", environment: ["TERM": term])
        tmux.waitFor("152.34 credits")
        try tmux.press("2")
        tmux.waitFor("┌─ Addresses")
        try tmux.press("j")
        tmux.waitFor("▶1001   Kalle Õunapuu")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
        #expect(tmux.settingsAfter == tmux.settingsBefore)
        #expect(!tmux.screen.contains("Õunapuu"))
    }

    @Test func noColorStillShowsEverything() throws {
        let tmux = try TmuxSession(arguments: "--sandbox", environment: ["NO_COLOR": "1"])
        tmux.waitFor("152.34 credits")
        try tmux.press("2")
        tmux.waitFor("▶1000")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
    }
}
