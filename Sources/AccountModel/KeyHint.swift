import Localization

/// One item of a footer or a box's hint line: actions with their keys from the key table and
/// the first one's word (`Action.label`), or a note with no key.
public enum KeyHint: Sendable, Equatable {
    case keys([Action])
    case note(Note)

    public static func keys(_ actions: Action...) -> KeyHint { .keys(actions) }

    /// What is said where no one key does it.
    public enum Note: Sendable {
        case typeToFilter, otherKeyNo, anyKeyCloses

        public func text(in text: Catalogue) -> String {
            switch self {
            case .typeToFilter: text.actionTypeToFilter
            case .otherKeyNo: text.actionOtherKeyNo
            case .anyKeyCloses: text.actionAnyKeyCloses
            }
        }
    }
}

extension KeyMap {
    /// "KEY word" for each hint, joined with " · ": the keys are this table's, so a rebinding
    /// shows wherever it is used.
    public func hint(_ hints: [KeyHint], in text: Catalogue) -> String {
        hints.map { hint in
            switch hint {
            case .keys(let actions):
                let keys = actions.map { label(for: $0, in: text) }.joined()
                return keys + " " + (actions.first?.label(in: text) ?? "")
            case .note(let note): return note.text(in: text)
            }
        }.joined(separator: " · ")
    }
}
