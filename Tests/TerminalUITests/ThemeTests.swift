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
        expectError("\(path)/broken.toml:4: styles.header: fg 'nope' is neither in [palette] nor a colour") {
            _ = try catalog.resolve("broken")
        }
        expectError("\(path)/broken.toml:4: styles.header: fg 'nope' pole jaotises [palette] ega värv", in: .estonian) {
            _ = try catalog.resolve("broken")
        }
        #expect(throws: ConfigError.self) { try catalog.resolve("unknown") }
        expectError("\(path)/badcolour.toml:2: palette.accent: not a colour: use a name (red), bright-red, 0–255 or #rrggbb") {
            _ = try catalog.resolve("badcolour")
        }
        expectError("\(path)/a.toml: inherits: inheritance cycle: a → b → a") { _ = try catalog.resolve("a") }
        #expect(throws: ConfigError.self) { try catalog.resolve("nothing") }
    }
}

/// Runs `body`, which must throw a `ConfigError` reading exactly `expected` in `language`.
func expectError(_ expected: String, in language: Language = .english, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("no error; expected \(expected)", sourceLocation: sourceLocation)
    } catch let error as ConfigError {
        #expect(error.text(in: language.catalogue) == expected, sourceLocation: sourceLocation)
    } catch {
        Issue.record("not a ConfigError: \(error)", sourceLocation: sourceLocation)
    }
}
