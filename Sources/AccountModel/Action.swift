/// Everything a key can do. One table (`KeyMap`) binds keys to these; dispatch, the footer,
/// the overlays' hints and the `?` help all read that same table, so a rebinding changes
/// what the screen says as well as what the key does.
public enum Action: String, Sendable, CaseIterable {
    case quit, help, nextPane = "next_pane", previousPane = "previous_pane"
    case showBalance = "pane_balance", showAddresses = "pane_addresses", showChannels = "pane_channels"
    case showRequests = "pane_requests"
    case up, down, pageUp = "page_up", pageDown = "page_down", top, bottom
    case refresh, filter, sort, add, delete, toggle, open, export, profiles, redraw
    // The balance pane's chart: 24 h, 7 d, 30 d.
    case chartRange = "chart_range"
    // Marking addresses for a bulk delete, and stopping one.
    case mark, markAll = "mark_all", stop
    // The address list as shown, to a CSV file.
    case exportList = "export_list"
    // The add form.
    case formNext = "form_next", formPrevious = "form_previous", formSend = "form_send", formClose = "form_close"
    // The `/` filter line.
    case filterKeep = "filter_keep", filterClear = "filter_clear"
    // A question (delete, quit): this says yes, any other key no.
    case confirmYes = "confirm_yes"
    // The profile switcher.
    case profileUp = "profile_up", profileDown = "profile_down", profileSwitch = "profile_switch", profileCancel = "profile_cancel"
    // Editing the text of a form field or the filter, at the cursor.
    case cursorLeft = "cursor_left", cursorRight = "cursor_right", lineStart = "line_start", lineEnd = "line_end"
    case deleteBack = "delete_back", deleteForward = "delete_forward", deleteWord = "delete_word"
    case deleteToEnd = "delete_to_end", clearLine = "clear_line"

    /// Which part of the UI the action belongs to: the footer shows the focused pane's, an
    /// overlay takes only its own (and, where text is typed, the editing ones).
    public enum Scope: Sendable {
        case global, list, balance, addresses, channels, requests
        case form, filter, confirm, profiles, editing

        /// Active only while its overlay is open: it never meets the panes' keys.
        public var isOverlay: Bool {
            switch self {
            case .global, .list, .balance, .addresses, .channels, .requests: false
            case .form, .filter, .confirm, .profiles, .editing: true
            }
        }
    }

    public var scope: Scope {
        switch self {
        case .quit, .help, .nextPane, .previousPane, .showBalance, .showAddresses, .showChannels, .showRequests, .refresh,
            .profiles, .redraw:
            .global
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .filter, .sort, .open: .list
        case .add, .delete, .mark, .markAll, .stop, .exportList: .addresses
        case .toggle: .channels
        case .chartRange: .balance
        case .export: .requests
        case .formNext, .formPrevious, .formSend, .formClose: .form
        case .filterKeep, .filterClear: .filter
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
