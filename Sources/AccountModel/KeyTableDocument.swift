import Localization

/// The key table as Markdown, for `docs/keys.md` and README's key summary
/// (`afilnet-tui keys`, written by `scripts/generate-docs`; a test holds the committed text
/// equal to it). Read from the same table that dispatches keys, so the docs cannot drift.
public enum KeyTableDocument {
    /// Every action by where it acts: its keys, its `[keys]` name, what it does.
    public static func markdown(_ keys: KeyMap = KeyMap(), in text: Catalogue = .english) -> String {
        var lines = [
            "# Keys", "",
            "Generated from the key table (`KeyMap.defaults`) by `scripts/generate-docs`; do not edit by hand.",
            "Any action can be rebound in config.toml: `[keys]` then `NAME = \"KEY\"` or `NAME = [\"KEY\", \"KEY\"]`.",
        ]
        for scope in scopes {
            lines += ["", "## " + title(scope), "", "| keys | name | what it does |", "|---|---|---|"]
            for action in Action.allCases where action.scope == scope {
                let names = keys.keys(for: action).map { "`" + $0.label(in: text) + "`" }.joined(separator: " ")
                lines.append("| \(names) | `\(action.name)` | \(action.help(in: text)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per place: "`KEY` word · …" (README's summary).
    public static func summary(_ keys: KeyMap = KeyMap(), in text: Catalogue = .english) -> String {
        var lines = ["| where | keys |", "|---|---|"]
        for scope in scopes {
            let items = Action.allCases.filter { $0.scope == scope }.map { action in
                keys.keys(for: action).map { "`" + $0.label(in: text) + "`" }.joined(separator: "/") + " " + action.help(in: text)
            }
            lines.append("| \(title(scope)) | \(items.joined(separator: " · ")) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The scopes in the order their first action comes.
    static var scopes: [Action.Scope] {
        Action.allCases.reduce(into: []) { scopes, action in if !scopes.contains(action.scope) { scopes.append(action.scope) } }
    }

    /// The shared scopes by what they are; a pane's own scope by the pane (a pane with no keys
    /// of its own, such as Accounts, starts with a shared one).
    static func title(_ scope: Action.Scope) -> String {
        if let title = otherTitles[scope] { return title }
        if let pane = Pane.allCases.first(where: { $0.kind.scopes.first == scope }) { return pane.title(in: .english) + " pane" }
        return "\(scope)"
    }

    private static let otherTitles: [Action.Scope: String] = [
        .global: "Everywhere", .list: "Any list", .form: "The add form", .filterLine: "The filter line (`/`)",
        .confirm: "A question", .profiles: "The profile switcher (`p`)", .editing: "Typing in a field or the filter line",
    ]
}
