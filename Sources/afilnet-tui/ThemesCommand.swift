import AfilnetConfig
import ArgumentParser
import Foundation
import TerminalUI

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: "List the themes, or preview one.",
        subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List shipped and user themes.")

        func run() throws {
            let catalog = ThemeCatalog()
            for name in catalog.names {
                let source = catalog.source(of: name)
                print(name + (source?.isUser == true ? "  (\(source!.file))" : ""))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show every UI element of a theme, in its colours on a terminal.")
        @Argument(help: "Theme name.") var name: String

        func run() throws {
            let theme: ResolvedTheme
            do { theme = try ThemeCatalog().resolve(name) } catch { throw fail(error) }
            let sample = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            for style in Style.allCases {
                let look = theme.look(style)
                var traits = [look.foreground.map { "fg \($0)" }, look.background.map { "bg \($0)" }].compactMap { $0 }
                for (on, word) in [(look.bold, "bold"), (look.underline, "underline"), (look.reverse, "reverse"), (look.dim, "dim")] where on {
                    traits.append(word)
                }
                let label = style.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
                let text = sample ? ThemePreview.sgr(look) + " Sample 152.34 " + "\u{1B}[0m" : ""
                print("\(label) \(text) \(traits.joined(separator: ", "))")
            }
        }
    }
}

/// An SGR sequence for a look, for the preview on a 256-colour terminal.
enum ThemePreview {
    static func sgr(_ look: StyleLook) -> String {
        var codes: [String] = []
        if look.bold { codes.append("1") }
        if look.dim { codes.append("2") }
        if look.underline { codes.append("4") }
        if look.reverse { codes.append("7") }
        if let fg = look.foreground, fg != .terminalDefault { codes.append("38;5;\(fg.number(colors: 256))") }
        if let bg = look.background, bg != .terminalDefault { codes.append("48;5;\(bg.number(colors: 256))") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
