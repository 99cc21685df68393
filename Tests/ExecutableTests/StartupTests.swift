import AccountModel
import AfilnetConfig
import Foundation
import Localization
import TerminalUI
import Testing

@testable import afilnet_tui

/// The UI's start-up steps, each on its own: the config step and the notices (pure).
@Suite struct StartupTests {
    @Test func everyNoticeIsSaidOnceInItsOrder() throws {
        let draft = try JSONDecoder().decode(FormDraft.self, from: Data(#"{"fields":{"street":"Rüütli 12"},"isCompany":false,"wasSubmitting":true}"#.utf8))
        let facts = UICommand.StartupFacts(
            terminal: .fellBack(from: "xterm-kitty", to: "xterm-256color"), crashReport: "/tmp/crash-1.txt", restoredDraft: draft,
            historyProblem: "disk full", configProblem: ConfigError(file: "config.toml", line: 3, key: "theme", .notAColour),
            keys: KeyMap(overrides: ["quit": ["r"]]), themeProblem: ("nope", ConfigError(file: "nope.toml", .notAColour)))
        let text = Catalogue.english
        let notices = UICommand.startupNotices(facts, text)
        #expect(notices.map(\.text) == [
            text.terminalFellBack("xterm-kitty", "xterm-256color"), text.lastSessionCrashed("/tmp/crash-1.txt"),
            text.formRestoredMaybeSent("a"), text.historyNotKept("disk full"),
            ConfigError(file: "config.toml", line: 3, key: "theme", .notAColour).text(in: text),
            text.keyBindings(facts.keys.conflictText(in: text)),
            text.themeNotUsed("nope", ConfigError(file: "nope.toml", .notAColour).text(in: text)),
        ])
        #expect(notices.allSatisfy { $0.kind == .warning && $0.expires == nil })
        // Nothing found, nothing said.
        #expect(UICommand.startupNotices(UICommand.StartupFacts(terminal: .asIs("xterm"), keys: KeyMap()), text).isEmpty)
    }

    @Test func aBrokenConfigIsAProblemNotAnEnd() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("startup-\(UUID()).toml").path
        try "this is = = not toml".write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        let command = UICommand(options: try AfilnetTUI.parse(["--sandbox", "--config", path]))
        let (config, problem) = command.loadConfig()
        #expect(problem != nil)
        #expect(config.profiles.isEmpty)
    }
}
