import CNCursesW
import Foundation

/// Which terminfo entry the UI draws with. Over SSH from kitty, WezTerm, foot, Ghostty or
/// Alacritty, `TERM` names an entry a stock server lacks, and ncurses would stop with a bare
/// "Error opening terminal": the nearest entry the machine has is used instead, and said once.
/// A `TERM` that cannot draw a screen (unset, empty, `dumb`) is refused with the fix.
/// `TERMINFO` and `~/.terminfo` are honoured (ncurses looks there first).
public enum TerminalChoice: Sendable, Equatable {
    /// `TERM` as it is.
    case asIs(String)
    /// `TERM` is unknown here; `to` is used (and `TERM` set to it for ncurses).
    case fellBack(from: String, to: String)

    public enum Refusal: Error, Sendable, Equatable {
        case unset
        case dumb
        /// Unknown, and none of the fallbacks is installed either.
        case unknown(String)
    }

    /// Tried in order when `TERM` is unknown: the most capable first.
    public static let fallbacks = ["xterm-256color", "xterm", "vt100"]

    /// Decides, and sets `TERM` when falling back (ncurses reads it when it starts).
    public static func choose(term: String?) throws(Refusal) -> TerminalChoice {
        guard let term, !term.isEmpty else { throw .unset }
        guard term != "dumb" else { throw .dumb }
        if afl_terminal_known(term) != 0 { return .asIs(term) }
        guard let fallback = fallbacks.first(where: { afl_terminal_known($0) != 0 }) else { throw .unknown(term) }
        setenv("TERM", fallback, 1)
        return .fellBack(from: term, to: fallback)
    }
}
