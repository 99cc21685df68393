import Foundation

/// Signal handling that keeps the terminal sane: SIGINT (^C; asked first when the form holds
/// unsent input), SIGTERM and SIGHUP end the loop cleanly (their number goes down the mailbox
/// pipe, the only thing a handler may safely do); a crash keeps the form and writes its
/// report (`CrashGuard`), then restores the terminal with raw writes before the default
/// action runs.
/// SIGTSTP (^Z) also goes down the pipe: the loop hands the terminal back (bracketed paste
/// off, which ncurses' own handler would not do) and then stops the process; on SIGCONT it
/// repaints the whole screen, whatever the shell wrote meanwhile. SIGWINCH stays with ncurses.
/// Installed before ncurses starts, so that it leaves these signals alone.
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
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGCONT, SIGTSTP] { post(sig) }
        signal(SIGPIPE, SIG_IGN)
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(sig) { number in
                CrashGuard.crashed(signal: number)
                Signals.restoreTerminal()
                CrashGuard.say(signal: number)
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    private static func post(_ sig: Int32) {
        signal(sig) { number in
            var byte = UInt8(truncatingIfNeeded: number)
            _ = write(Signals.pipe, &byte, 1)
        }
    }

    /// Stops the process as ^Z would have (call with the terminal handed back); returns
    /// after `fg`. The loop's thread blocks most signals (it comes from a pool), so it
    /// unblocks SIGTSTP for the moment: raised at itself, the stop then happens before
    /// `raise` returns, not later on some other thread after the handler is back.
    static func stopProcess() {
        var only = sigset_t()
        var before = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &only, &before)
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        post(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &before, nil)
    }

    /// Async-signal-safe: leave the alternate screen, show the cursor, reset attributes, end
    /// bracketed paste and mouse reporting (harmless where they were off), and restore the
    /// saved line discipline.
    static func restoreTerminal() {
        let reset: [UInt8] = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1049l\r\n".utf8)
        _ = reset.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        if haveSaved { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }
}
