import AfilnetAPI

/// What covers the panes, if anything, with what it shows and the state it keeps while open.
public enum Overlay: Sendable, Equatable {
    case none, help, form, confirmQuit
    /// The `/` line, as typed so far.
    case filterLine(LineEditor)
    /// The profile switcher, on this row.
    case profiles(selection: Int)
    /// Asks before switching to this profile while a write of this one is on its way.
    case confirmSwitch(String)
    case addressDetail(Address)
    case requestDetail(JournalEntry)
    /// Asks before deleting this address.
    case confirmDelete(Address)
    /// Asks before deleting the marked addresses (how many).
    case confirmBulkDelete(Int)

    /// The `/` line being typed, if that is what is open.
    public var typedFilter: LineEditor? { if case .filterLine(let line) = self { line } else { nil } }

    /// What its footer says, from the key table: each of its actions with its keys, and the
    /// notes with no key. The boxes that show keys of their own (the question) say the same.
    public var hints: [KeyHint] {
        switch self {
        case .none: []
        case .form: [.keys(.formNext), .keys(.formPrevious), .keys(.formSend), .keys(.formClose), .keys(.clearLine)]
        case .filterLine: [.note(.typeToFilter), .keys(.filterKeep), .keys(.filterClear)]
        case .confirmQuit, .confirmSwitch, .confirmDelete, .confirmBulkDelete: [.keys(.confirmYes), .note(.otherKeyNo)]
        case .profiles: [.keys(.profileUp, .profileDown), .keys(.profileSwitch), .keys(.profileCancel)]
        case .help, .addressDetail, .requestDetail: [.note(.anyKeyCloses)]
        }
    }
}
