import Localization

/// What is wrong with the `[keys]` table.
public enum KeyProblem: Sendable, Equatable {
    case unknownAction(String)
    case unknownKeyName(action: String)
    case clash(key: Key, Action, Action)

    public func text(in text: Catalogue) -> String {
        switch self {
        case .unknownAction(let name): text.unknownAction(name)
        case .unknownKeyName(let action): text.unknownKeyName(action)
        case .clash(let key, let first, let second): text.keyClash(key.label(in: text), first.name, second.name)
        }
    }
}
