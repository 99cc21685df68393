import AfilnetConfig
import Foundation
import Localization
import Testing
@testable import TerminalUI

@Suite("Themes: shipped files, inheritance, located errors, colour depth")
struct ThemeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shipped = ["default", "gruvbox", "high-contrast", "light", "monochrome", "solarized-dark"]

    @Test func theEmbeddedThemesAreTheFilesInThemes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("themes").path)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(files == Self.shipped)
        for name in files {
            let text = try String(contentsOf: Self.root.appendingPathComponent("themes/\(name).toml"), encoding: .utf8)
            #expect(ShippedThemes.files[name].map { $0 + "\n" } == text, "run scripts/embed-themes")
        }
    }

    @Test(arguments: shipped)
    func everyShippedThemeResolvesInEveryDepth(name: String) throws {
        let theme = try ThemeCatalog(userDirectory: nil).resolve(name)
        if name != "monochrome" { #expect(Set(theme.looks.keys) == Set(Style.allCases)) }
        for style in Style.allCases {
            let look = theme.look(style)
            for color in [look.foreground, look.background].compactMap({ $0 }) {
                #expect((-1...255).contains(color.number(colors: 256)))
                #expect((-1...7).contains(color.number(colors: 8)))
            }
        }
        // Every theme keeps the selection and the header visible without colour.
        let selection = theme.look(.selection), header = theme.look(.header)
        #expect(selection.reverse || selection.bold)
        #expect(header.reverse || header.background != nil)
    }

    @Test func inheritanceOverridesOnlyWhatItNames() throws {
        let catalog = ThemeCatalog(userDirectory: nil)
        let light = try catalog.resolve("light"), base = try catalog.resolve("default")
        #expect(light.look(.header).background == .ansi(4))
        #expect(light.look(.selection) == StyleLook(foreground: .ansi(4), bold: true, reverse: true))  // palette re-bound
        #expect(light.look(.title) == base.look(.title))
    }

    @Test func colourDepths() {
        #expect(ThemeColor("#268bd2")!.number(colors: 256) == 32)
        #expect(ThemeColor("#268bd2")!.number(colors: 8) == 6)
        #expect(ThemeColor("#808080")!.number(colors: 256) == 244)
        #expect(ThemeColor("bright-red")!.number(colors: 8) == 1)
        #expect(ThemeColor("244")!.number(colors: 8) == 7)
        #expect(ThemeColor("default")!.number(colors: 256) == -1)
        #expect(ThemeColor("chartreuse") == nil)
        #expect(ThemeColor("#12345") == nil)
    }

    @Test func userThemesOverrideAndBrokenOnesSayWhereAndWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent("\(name).toml"), atomically: true, encoding: .utf8)
        }
        try write("default", "[styles]\nheader = { fg = \"red\" }\n")
        try write("broken", "inherits = \"default\"\n\n[styles]\nheader = { fg = \"nope\" }\n")
        try write("unknown", "[styles]\nbanner = { bold = true }\n")
        try write("badcolour", "[palette]\naccent = \"#zzzzzz\"\n")
        try write("a", "inherits = \"b\"\n")
        try write("b", "inherits = \"a\"\n")
        let catalog = ThemeCatalog(userDirectory: folder.path)
        #expect(try catalog.resolve("default").look(.header) == StyleLook(foreground: .ansi(1)))
        let path = folder.path
        let broken = configError { _ = try catalog.resolve("broken") }
        #expect(broken?.description == "\(path)/broken.toml:4: styles.header: fg 'nope' is neither in [palette] nor a colour")
        #expect(broken?.text(in: .estonian) == "\(path)/broken.toml:4: styles.header: fg 'nope' pole jaotises [palette] ega värv")
        #expect(throws: ConfigError.self) { try catalog.resolve("unknown") }
        #expect(configError { _ = try catalog.resolve("badcolour") }?.description
            == "\(path)/badcolour.toml:2: palette.accent: not a colour: use a name (red), bright-red, 0–255 or #rrggbb")
        #expect(configError { _ = try catalog.resolve("a") }?.description == "\(path)/a.toml: inherits: inheritance cycle: a → b → a")
        #expect(throws: ConfigError.self) { try catalog.resolve("nothing") }
    }
}

/// The `ConfigError` that `body` throws, if it throws one.
func configError(_ body: () throws -> Void) -> ConfigError? {
    do { try body() } catch { return error as? ConfigError }
    return nil
}

/// The 80×24 address pane as each shipped theme draws it at each colour depth: the cells'
/// looks as letters, with a legend (`Snapshots/theme-NAME.txt`; the text itself is in
/// `addresses-80x24.txt`). What a theme or the degradation changes shows here.
@Suite("Every shipped theme renders the dashboard in 256, 8 and no colours")
struct ThemedSnapshotTests {
    @Test(arguments: ThemeTests.shipped)
    func dashboard(name: String) throws {
        var model = SnapshotTests.model(columns: 80, rows: 24)
        _ = model.handle(.key(.character("2")))
        let grid = Renderer.render(model)
        let theme = try ThemeCatalog(userDirectory: nil).resolve(name)
        var report = ""
        for depth in ColorDepth.allCases {
            var letters: [TerminalLook: Character] = [:]
            var rows: [String] = []
            for y in 0..<grid.height {
                var row = ""
                for x in 0..<grid.width {
                    let look = theme.terminalLook(grid[x, y].style, depth: depth)
                    if letters[look] == nil { letters[look] = Character(UnicodeScalar(UInt8(97 + letters.count))) }
                    row.append(letters[look]!)
                }
                rows.append(row)
            }
            let legend = letters.sorted { $0.value < $1.value }.map { "  \($0.value) \($0.key)" }
            report += (depth == .monochrome ? "no colour (NO_COLOR, or a terminal without)" : "\(depth.rawValue) colours") + "\n" + legend.joined(separator: "\n") + "\n" + rows.joined(separator: "\n") + "\n\n"
            // Without colour, the header bar, the selection and the table header still stand out.
            let body = theme.terminalLook(.normal, depth: depth)
            for style in [Style.header, .selection, .tableHeader, .focusedBorder] where !(depth == .monochrome && style == .focusedBorder) {
                #expect(theme.terminalLook(style, depth: depth) != body, "\(name) \(depth): \(style) looks like the body")
            }
            if depth == .monochrome { #expect(letters.keys.allSatisfy { $0.foreground == -1 && $0.background == -1 }) }
            if depth == .eight { #expect(letters.keys.allSatisfy { $0.foreground < 8 && $0.background < 8 }) }
        }
        try SnapshotTests().check(report, "theme-\(name)")
    }
}
