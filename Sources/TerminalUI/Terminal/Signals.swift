import Foundation

/// Signal handling that keeps the terminal sane: SIGINT, SIGTERM and SIGHUP end the loop
/// cleanly (their number goes down the mailbox pipe, the only thing a handler may safely
/// do); a crash restores the terminal with raw writes before the default action runs.
/// SIGTSTP and SIGWINCH stay with ncurses, which suspends, resumes and reports resizes; on
/// SIGCONT the loop repaints the whole screen, whatever the shell wrote meanwhile.
enum Signals {
    nonisolated(unsafe) private static var pipe: Int32 = -1
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var haveSaved = false

    /// Call before ncurses starts: remembers the terminal's settings for a crash.
    static func rememberTerminal() {
        haveSaved = tcgetattr(STDIN_FILENO, &saved) == 0
    }

    static func install(wakePipe: Int32) {
        pipe = wakePipe
        // SIGCONT (after ^Z and fg) only asks for a full repaint.
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGCONT] {
            signal(sig) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(Signals.pipe, &byte, 1)
            }
        }
        signal(SIGPIPE, SIG_IGN)
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(sig) { number in
                Signals.restoreTerminal()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// Async-signal-safe: leave the alternate screen, show the cursor, reset attributes and
    /// the saved line discipline.
    static func restoreTerminal() {
        let reset: [UInt8] = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n".utf8)
        _ = reset.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        if haveSaved { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }
}
