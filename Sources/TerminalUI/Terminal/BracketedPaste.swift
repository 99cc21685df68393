import CNCursesW
import Foundation

/// Bracketed paste (xterm's mode 2004): a paste reaches the model as one text instead of
/// keystrokes, so a copied line's newline does not submit a form and pasted letters do not
/// act as key bindings. The sequences come from terminfo (`BE`/`BD` switch it on and off,
/// `PS`/`PE` frame a paste); entries that lack them but name an xterm-like terminal or a
/// multiplexer (`screen-256color` under tmux is common) get xterm's. Elsewhere (linux,
/// vt100) typing stays as it was; a terminal that ignores the mode loses nothing either.
struct BracketedPaste {
    let enable: String
    let disable: String
    /// The key codes ncurses reports for the paste's start and end marks.
    let startCode: Int32
    let endCode: Int32
    /// A paste longer than this is cut: no field holds anything near it.
    static let limit = 65_536
    static let xtermLike = ["xterm", "screen", "tmux", "rxvt", "alacritty", "foot", "kitty", "wezterm", "st-", "vte", "gnome", "konsole", "ghostty"]

    /// Reads the capabilities and teaches ncurses the two marks; call after `keypad`.
    init?(term: String?) {
        func capability(_ name: String, xterm: String) -> String? {
            if let value = afl_string_capability(name) { return String(cString: value) }
            guard let term, Self.xtermLike.contains(where: { term.hasPrefix($0) }) else { return nil }
            return xterm
        }
        guard let enable = capability("BE", xterm: "\u{1B}[?2004h"), let disable = capability("BD", xterm: "\u{1B}[?2004l"),
            let start = capability("PS", xterm: "\u{1B}[200~"), let end = capability("PE", xterm: "\u{1B}[201~")
        else { return nil }
        self.enable = enable
        self.disable = disable
        // Codes above KEY_MAX also name terminfo's extended keys (kUP5…), numbered from
        // KEY_MAX by their place among the extended strings, a few hundred at most, and only
        // once the first read sets the keys up: so no lookup now could tell what is free.
        startCode = KEY_MAX + 1000
        endCode = KEY_MAX + 1001
        define_key(start, startCode)
        define_key(end, endCode)
    }

    /// Written straight to the terminal: putp's bytes would wait in stdio's buffer until
    /// exit. A mode switch needs no ordering with ncurses' own output.
    func send(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}

/// The text of a paste while its characters arrive (possibly over several reads).
struct PasteInProgress {
    private(set) var text = ""
    private var count = 0
    let started = Date()

    mutating func append(_ character: wint_t) {
        guard count < BracketedPaste.limit, let scalar = Unicode.Scalar(UInt32(character)) else { return }
        text.unicodeScalars.append(scalar)
        count += 1
    }

    /// A paste whose end mark never came (a terminal that lost it) ends after a second,
    /// so the keyboard is not swallowed for good.
    var isStale: Bool { Date().timeIntervalSince(started) > 1 }
}
