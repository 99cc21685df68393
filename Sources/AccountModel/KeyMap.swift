import Localization

/// The key table: action → keys, defaults overridable per action from config.toml.
public struct KeyMap: Sendable {
    public private(set) var bindings: [Action: [Key]]
    /// Keys claimed by two actions of overlapping scope (reported at start-up).
    public private(set) var conflicts: [KeyProblem] = []

    public static let defaults: [Action: [Key]] = panes.merging([
        .quit: [.character("q")], .help: [.character("?")],
        .nextPane: [.tab], .previousPane: [.backTab],
        .up: [.up, .character("k")], .down: [.down, .character("j")],
        .pageUp: [.pageUp, .control("b")], .pageDown: [.pageDown, .control("f")],
        .top: [.home, .character("g")], .bottom: [.end, .character("G")],
        .refresh: [.character("r")], .filter: [.character("/")], .sort: [.character("s")],
        .add: [.character("a")], .delete: [.character("d")], .toggle: [.character(" "), .enter],
        .open: [.enter], .export: [.character("e")], .profiles: [.character("p")],
        .redraw: [.control("l")], .chartRange: [.character("t")],
        .mark: [.character(" "), .character("v")], .markAll: [.character("*")], .stop: [.escape],
        .exportList: [.character("x")],
        .formNext: [.tab, .down], .formPrevious: [.backTab, .up], .formSend: [.enter], .formClose: [.escape],
        .filterKeep: [.enter], .filterClear: [.escape],
        .confirmYes: [.character("y"), .character("Y")],
        .profileUp: [.up, .character("k")], .profileDown: [.down, .character("j")], .profileSwitch: [.enter],
        .profileCancel: [.escape],
        .cursorLeft: [.left], .cursorRight: [.right], .lineStart: [.home, .control("a")], .lineEnd: [.end, .control("e")],
        .deleteBack: [.backspace], .deleteForward: [.delete], .deleteWord: [.control("w")], .deleteToEnd: [.control("k")],
        .clearLine: [.control("u")],
    ]) { pane, _ in pane }

    /// Each pane's number, in Tab order: 1…9.
    private static var panes: [Action: [Key]] {
        Dictionary(uniqueKeysWithValues: zip(Pane.allCases, "123456789").map { (Action.show($0), [Key.character($1)]) })
    }

    /// Applies `overrides` (action name → key names) on the defaults; unknown names and
    /// clashing keys are collected in `problems`.
    public init(overrides: [String: [String]] = [:]) {
        var bindings = Self.defaults
        var problems: [KeyProblem] = []
        for (name, keyNames) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let action = Action(name: name) else {
                problems.append(.unknownAction(name))
                continue
            }
            let keys = keyNames.compactMap(Key.init(name:))
            if keys.count != keyNames.count { problems.append(.unknownKeyName(action: name)) }
            if !keys.isEmpty { bindings[action] = keys }
        }
        self.bindings = bindings
        for (first, second) in Self.clashes(bindings) {
            problems.append(.clash(key: first.1, first.0, second))
        }
        conflicts = problems
    }

    /// The action `key` triggers in a pane whose scopes are `scopes` (most specific first).
    public func action(for key: Key, in scopes: [Action.Scope]) -> Action? {
        for scope in scopes {
            for action in Action.allCases where action.scope == scope && bindings[action]?.contains(key) == true {
                return action
            }
        }
        return nil
    }

    public func keys(for action: Action) -> [Key] { bindings[action] ?? [] }

    /// The conflicts in one line, in the catalogue's language.
    public func conflictText(in text: Catalogue) -> String {
        conflicts.map { $0.text(in: text) }.joined(separator: "; ")
    }

    /// Same key for two actions that can be active at once. Enter is shared on purpose by
    /// `open` (lists) and `toggle` (channels, where it is the more specific scope).
    private static func clashes(_ bindings: [Action: [Key]]) -> [((Action, Key), Action)] {
        var result: [((Action, Key), Action)] = []
        let actions = Action.allCases
        for (i, a) in actions.enumerated() {
            for b in actions[(i + 1)...] where overlaps(a.scope, b.scope) {
                for key in bindings[a] ?? [] where bindings[b]?.contains(key) == true {
                    if Set([a, b]) == Set([.open, .toggle]), key == .enter { continue }
                    result.append(((a, key), b))
                }
            }
        }
        return result
    }

    private static func overlaps(_ a: Action.Scope, _ b: Action.Scope) -> Bool {
        if a.isOverlay || b.isOverlay {
            // An overlay's keys meet only its own and, where text is typed, the editing ones.
            return a == b || Set([a, b]) == [.form, .editing] || Set([a, b]) == [.filterLine, .editing]
        }
        return a == b || a == .global || b == .global || (a == .list && b != .global) || (b == .list && a != .global)
    }
}
