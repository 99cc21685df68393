/// Everything a key can do. One table (`KeyMap`) binds keys to these; dispatch, the footer,
/// the overlays' hints and the `?` help all read that same table, so a rebinding changes
/// what the screen says as well as what the key does.
public enum Action: Hashable, Sendable, CaseIterable {
    case quit, help, nextPane, previousPane
    /// Shows a pane (its tab's number).
    case show(Pane)
    case up, down, pageUp, pageDown, top, bottom
    case refresh, filter, sort, add, delete, toggle, open, export, profiles, redraw
    // The balance pane's chart: 24 h, 7 d, 30 d.
    case chartRange
    // Marking addresses for a bulk delete, and stopping one.
    case mark, markAll, stop
    // The address list as shown, to a CSV file.
    case exportList
    // The add form.
    case formNext, formPrevious, formSend, formClose
    // The `/` filter line.
    case filterKeep, filterClear
    // A question (delete, quit): this says yes, any other key no.
    case confirmYes
    // The profile switcher.
    case profileUp, profileDown, profileSwitch, profileCancel
    // Editing the text of a form field or the filter, at the cursor.
    case cursorLeft, cursorRight, lineStart, lineEnd
    case deleteBack, deleteForward, deleteWord, deleteToEnd, clearLine

    /// Every action, in the order help lists them.
    public static let allCases: [Action] =
        [.quit, .help, .nextPane, .previousPane] + Pane.allCases.map(Action.show)
        + [.up, .down, .pageUp, .pageDown, .top, .bottom, .refresh, .filter, .sort, .add, .delete, .toggle, .open, .export,
           .profiles, .redraw, .chartRange, .mark, .markAll, .stop, .exportList, .formNext, .formPrevious, .formSend, .formClose,
           .filterKeep, .filterClear, .confirmYes, .profileUp, .profileDown, .profileSwitch, .profileCancel, .cursorLeft,
           .cursorRight, .lineStart, .lineEnd, .deleteBack, .deleteForward, .deleteWord, .deleteToEnd, .clearLine]

    /// Its name in config.toml's `[keys]` table.
    public var name: String {
        switch self {
        case .quit: "quit"
        case .help: "help"
        case .nextPane: "next_pane"
        case .previousPane: "previous_pane"
        case .show(let pane): "pane_" + pane.rawValue
        case .up: "up"
        case .down: "down"
        case .pageUp: "page_up"
        case .pageDown: "page_down"
        case .top: "top"
        case .bottom: "bottom"
        case .refresh: "refresh"
        case .filter: "filter"
        case .sort: "sort"
        case .add: "add"
        case .delete: "delete"
        case .toggle: "toggle"
        case .open: "open"
        case .export: "export"
        case .profiles: "profiles"
        case .redraw: "redraw"
        case .chartRange: "chart_range"
        case .mark: "mark"
        case .markAll: "mark_all"
        case .stop: "stop"
        case .exportList: "export_list"
        case .formNext: "form_next"
        case .formPrevious: "form_previous"
        case .formSend: "form_send"
        case .formClose: "form_close"
        case .filterKeep: "filter_keep"
        case .filterClear: "filter_clear"
        case .confirmYes: "confirm_yes"
        case .profileUp: "profile_up"
        case .profileDown: "profile_down"
        case .profileSwitch: "profile_switch"
        case .profileCancel: "profile_cancel"
        case .cursorLeft: "cursor_left"
        case .cursorRight: "cursor_right"
        case .lineStart: "line_start"
        case .lineEnd: "line_end"
        case .deleteBack: "delete_back"
        case .deleteForward: "delete_forward"
        case .deleteWord: "delete_word"
        case .deleteToEnd: "delete_to_end"
        case .clearLine: "clear_line"
        }
    }

    /// The action a `[keys]` name stands for.
    public init?(name: String) {
        guard let action = Action.allCases.first(where: { $0.name == name }) else { return nil }
        self = action
    }

    /// Which part of the UI the action belongs to: the footer shows the focused pane's, an
    /// overlay takes only its own (and, where text is typed, the editing ones).
    public enum Scope: Sendable {
        case global, list, balance, addresses, channels, requests
        case form, filterLine, confirm, profiles, editing

        /// Active only while its overlay is open: it never meets the panes' keys.
        public var isOverlay: Bool {
            switch self {
            case .global, .list, .balance, .addresses, .channels, .requests: false
            case .form, .filterLine, .confirm, .profiles, .editing: true
            }
        }
    }

    public var scope: Scope {
        switch self {
        case .quit, .help, .nextPane, .previousPane, .show, .refresh, .profiles, .redraw:
            .global
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .filter, .sort, .open: .list
        case .add, .delete, .mark, .markAll, .stop, .exportList: .addresses
        case .toggle: .channels
        case .chartRange: .balance
        case .export: .requests
        case .formNext, .formPrevious, .formSend, .formClose: .form
        case .filterKeep, .filterClear: .filterLine
        case .confirmYes: .confirm
        case .profileUp, .profileDown, .profileSwitch, .profileCancel: .profiles
        case .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBack, .deleteForward, .deleteWord, .deleteToEnd, .clearLine:
            .editing
        }
    }

    /// What the action does to a line being typed, for the editing actions.
    public var lineEdit: LineEdit? {
        switch self {
        case .cursorLeft: .left
        case .cursorRight: .right
        case .lineStart: .home
        case .lineEnd: .end
        case .deleteBack: .backspace
        case .deleteForward: .delete
        case .deleteWord: .deleteWord
        case .deleteToEnd: .deleteToEnd
        case .clearLine: .clear
        default: nil
        }
    }

    /// Whether the action sends a write request (refused in read-only mode).
    public var writes: Bool { self == .add || self == .delete || self == .toggle }
}
