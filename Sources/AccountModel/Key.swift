/// A key press, as the front end decodes it and the key tables name it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// Parses the names config.toml uses: `j`, `J`, `space`, `ctrl-d`, `up`, `pgdn`, `f5`…
    public init?(name: String) {
        let lower = name.lowercased()
        switch lower {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "backtab", "shift-tab": self = .backTab
        case "backspace": self = .backspace
        case "delete", "del": self = .delete
        case "space": self = .character(" ")
        default:
            if lower.hasPrefix("ctrl-"), lower.count == 6, let last = lower.last {
                self = .control(last)
            } else if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
                self = .function(number)
            } else if name.count == 1, let character = name.first {
                self = .character(character)
            } else {
                return nil
            }
        }
    }

    /// The short label the footer and help show.
    public var description: String {
        switch self {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .control(let c): "^" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }
}
