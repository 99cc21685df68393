import Localization

/// What the catalogue calls each action, key and piece of work: the switches here are
/// exhaustive, so a new action cannot reach the screen without its words.
extension Action {
    /// The help overlay's line.
    public func help(in text: Catalogue) -> String {
        switch self {
        case .quit: text.helpQuit
        case .help: text.helpHelp
        case .nextPane: text.helpNextPane
        case .previousPane: text.helpPreviousPane
        case .show(let pane): pane.kind.showHelp(in: text)
        case .up: text.helpUp
        case .down: text.helpDown
        case .pageUp: text.helpPageUp
        case .pageDown: text.helpPageDown
        case .top: text.helpTop
        case .bottom: text.helpBottom
        case .refresh: text.helpRefresh
        case .filter: text.helpFilter
        case .sort: text.helpSort
        case .add: text.helpAdd
        case .delete: text.helpDelete
        case .toggle: text.helpToggle
        case .open: text.helpOpen
        case .export: text.helpExport
        case .profiles: text.helpProfiles
        case .redraw: text.helpRedraw
        case .chartRange: text.helpChartRange
        case .mark: text.helpMark
        case .markAll: text.helpMarkAll
        case .stop: text.helpStop
        case .exportList: text.helpExportList
        case .formNext: text.actionNext
        case .formPrevious: text.actionBack
        case .profileUp: text.actionPreviousProfile
        case .profileDown: text.actionNextProfile
        case .formSend: text.actionSend
        case .formClose: text.actionClose
        case .filterKeep: text.actionKeep
        case .filterClear: text.actionClearFilter
        case .confirmYes: text.actionYes
        case .profileSwitch: text.actionSwitch
        case .profileCancel: text.actionCancel
        case .cursorLeft: text.actionLeft
        case .cursorRight: text.actionRight
        case .lineStart: text.actionLineStart
        case .lineEnd: text.actionLineEnd
        case .deleteBack: text.actionDeleteBack
        case .deleteForward: text.actionDeleteForward
        case .deleteWord: text.actionDeleteWord
        case .deleteToEnd: text.actionDeleteToEnd
        case .clearLine: text.actionClearField
        }
    }

    /// The footer's short word; the help line where the footer has none.
    public func label(in text: Catalogue) -> String {
        switch self {
        case .refresh: text.footerRefresh
        case .up, .down: text.footerMove
        case .filter: text.footerFilter
        case .sort: text.footerSort
        case .open: text.footerDetails
        case .add: text.footerAdd
        case .delete: text.footerDelete
        case .toggle: text.footerToggle
        case .export: text.footerExport
        case .chartRange: text.footerChartRange
        case .mark: text.footerMark
        case .exportList: text.footerExport
        case .nextPane: text.footerPane
        case .help: text.footerHelp
        case .quit: text.footerQuit
        case .profileUp, .profileDown: text.actionChoose
        default: help(in: text)
        }
    }
}

extension KeyMap {
    /// The editing keys, as help and the overlays name them: "←→ Home End Del ^W ^K ^U".
    public func editingKeys(in text: Catalogue) -> String {
        let arrows = [Action.cursorLeft, .cursorRight].map { label(for: $0, in: text) }.joined()
        return ([arrows] + [Action.lineStart, .lineEnd, .deleteForward, .deleteWord, .deleteToEnd, .clearLine]
            .map { label(for: $0, in: text) }).joined(separator: " ")
    }
}

extension Key {
    /// The label shown on screen: `description`, with words in the UI's language.
    public func label(in text: Catalogue) -> String {
        self == .character(" ") ? text.keySpace : description
    }
}

extension KeyMap {
    /// The first key of `action`, as the screen names it (every action has one: an override
    /// with no usable key keeps the default).
    public func label(for action: Action, in text: Catalogue) -> String {
        keys(for: action).first?.label(in: text) ?? ""
    }
}
