import AccountModel
import CNCursesW
import Foundation

/// The only type that talks to ncurses: set-up and tear-down, copying a `Grid` to the screen
/// (changed cells only; ncurses then sends the fewest bytes it can), and reading keys.
/// It lives on the UI thread alone: ncurses is not thread-safe.
final class Screen {
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: CursesColors
    private var previous: Grid?
    private(set) var isOpen = true
    private let bracketedPaste: BracketedPaste?
    private var pasteModeOn = false
    private var paste: PasteInProgress?
    private var cursorShown = false

    init(theme resolved: ResolvedTheme, noColor: Bool, mouse: Bool) {
        setlocale(LC_ALL, "")
        // Without a UTF-8 codeset box lines and Õ are lost: fall back to C.UTF-8.
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        initscr()
        window = afl_stdscr()
        cbreak()
        noecho()
        nonl()
        // Ctrl-C, Ctrl-\ and Ctrl-Z must not throw away what was typed before them: by default
        // the terminal flushes its input queue with the signal, so keys typed just before a
        // Ctrl-C that the loop had not read yet were lost — and the form looked empty, so
        // Ctrl-C quit without asking (JourneyTests.ctrlCAsksFirst…, seen failing on CI).
        noqiflush()
        keypad(window, true)
        bracketedPaste = BracketedPaste(term: ProcessInfo.processInfo.environment["TERM"])
        // Let ncurses scroll regions of the terminal when a list scrolls, instead of
        // rewriting every row of it.
        idlok(window, true)
        nodelay(window, true)
        set_escdelay(25)
        curs_set(0)
        colors = CursesColors(resolved, noColor: noColor)
        if mouse {
            mousemask(afl_mouse_click() | afl_mouse_wheel_up() | afl_mouse_wheel_down(), nil)
            mouseinterval(0)
        }
    }

    var size: (columns: Int, rows: Int) { (Int(afl_getmaxx(window)), Int(afl_getmaxy(window))) }

    func draw(_ grid: Grid) {
        if previous?.width != grid.width || previous?.height != grid.height {
            werase(window)
            previous = nil
        }
        for y in 0..<grid.height { drawRow(y, grid) }
        // Switched on with the first frame, and again after a suspension.
        setPasteMode(on: true)
        // The terminal's cursor shows only in a field being typed in; elsewhere it stays
        // hidden, as parking it would cost bytes on every frame.
        let cursor = grid.cursor.flatMap { (0..<grid.width).contains($0.x) && (0..<grid.height).contains($0.y) ? $0 : nil }
        if let cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorShown { curs_set(1) }
        } else if cursorShown {
            curs_set(0)
        }
        cursorShown = cursor != nil
        wnoutrefresh(window)
        doupdate()
        previous = grid
    }

    /// Forgets what is on screen, so the next draw repaints everything (after `fg`).
    func invalidate() {
        previous = nil
        clearok(window, true)
        // After a suspension the shell has shown the cursor: say again what it should be.
        curs_set(0)
        cursorShown = false
    }

    /// Writes each run of changed cells of one style with one call.
    private func drawRow(_ y: Int, _ grid: Grid) {
        var x = 0
        while x < grid.width {
            if let previous, previous[x, y] == grid[x, y] {
                x += 1
                continue
            }
            var start = x
            while start > 0, grid[start, y].text.isEmpty { start -= 1 }  // the wide character's left half
            let style = grid[start, y].style
            var end = start
            var text: [wchar_t] = []
            while end < grid.width, grid[end, y].style == style,
                end <= x || grid[end, y].text.isEmpty || previous.map({ $0[end, y] != grid[end, y] }) ?? true
            {
                for scalar in grid[end, y].text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                end += 1
            }
            let (attributes, pair) = colors.attributes(style)
            wattr_set(window, attributes, pair, nil)
            let count = Int32(text.count)
            text.append(0)
            mvwaddnwstr(window, Int32(y), Int32(start), text, count)
            x = max(end, x + 1)
        }
    }

    /// Hands the terminal back to the shell for a suspension (^Z); the next `draw` takes it
    /// again (ncurses resumes on refresh).
    func suspend() {
        setPasteMode(on: false)
        endwin()
    }

    /// Bracketed paste on or off, sent only when it changes (and only where there is one).
    private func setPasteMode(on: Bool) {
        guard let bracketedPaste, pasteModeOn != on else { return }
        bracketedPaste.send(on ? bracketedPaste.enable : bracketedPaste.disable)
        pasteModeOn = on
    }

    /// The next key, paste, `.resize`, or nil when none is waiting.
    func readKey() -> KeyInput? {
        var character: wint_t = 0
        while true {
            let result = wget_wch(window, &character)
            if result == ERR {
                guard let stale = paste, stale.isStale else { return nil }
                paste = nil
                return .paste(stale.text)
            }
            if let bracketedPaste, result == KEY_CODE_YES {
                if Int32(character) == bracketedPaste.startCode {
                    paste = PasteInProgress()
                    continue
                }
                if Int32(character) == bracketedPaste.endCode, let done = paste {
                    paste = nil
                    return .paste(done.text)
                }
            }
            guard paste != nil else {
                // A key we have no name for is skipped, not taken for "nothing waiting":
                // what ncurses has already read behind it would wait for the next event.
                if let input = decode(result, character) { return input }
                continue
            }
            // Inside a paste: characters are its text; a resize still counts; other keys
            // (a pasted escape sequence ncurses recognised) are dropped.
            if result == KEY_CODE_YES {
                if Int32(character) == KEY_RESIZE { return .resize }
            } else {
                paste?.append(character)
            }
        }
    }

    private func decode(_ result: Int32, _ character: wint_t) -> KeyInput? {
        if result == KEY_CODE_YES, Int32(character) == KEY_MOUSE {
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & afl_mouse_wheel_up() != 0 { return .wheel(-3) }
            if event.bstate & afl_mouse_wheel_down() != 0 { return .wheel(3) }
            return .click(x: Int(event.x), y: Int(event.y))
        }
        if result == KEY_CODE_YES { return KeyInput(code: Int32(character)) }
        return KeyInput(character: character)
    }

    func close() {
        guard isOpen else { return }
        isOpen = false
        setPasteMode(on: false)
        // Terminals without an alternate screen (vt100, linux) would keep the last frame.
        werase(window)
        wrefresh(window)
        endwin()
    }
}

/// A key from ncurses, decoded into the model's `Key` (or a resize).
enum KeyInput: Equatable {
    case key(Key)
    case paste(String)
    case resize
    case click(x: Int, y: Int)
    case wheel(Int)

    init?(code: Int32) {
        switch code {
        case KEY_RESIZE: self = .resize
        case KEY_UP: self = .key(.up)
        case KEY_DOWN: self = .key(.down)
        case KEY_LEFT: self = .key(.left)
        case KEY_RIGHT: self = .key(.right)
        case KEY_PPAGE: self = .key(.pageUp)
        case KEY_NPAGE: self = .key(.pageDown)
        case KEY_HOME: self = .key(.home)
        case KEY_END: self = .key(.end)
        case KEY_ENTER: self = .key(.enter)
        case KEY_BACKSPACE: self = .key(.backspace)
        case KEY_DC: self = .key(.delete)
        case KEY_BTAB: self = .key(.backTab)
        default:
            for n in 1...12 where code == afl_key_f(Int32(n)) {
                self = .key(.function(n))
                return
            }
            return nil
        }
    }

    init?(character: wint_t) {
        switch character {
        case 10, 13: self = .key(.enter)
        case 9: self = .key(.tab)
        case 27: self = .key(.escape)
        case 8, 127: self = .key(.backspace)
        case 1...26: self = .key(.control(Character(Unicode.Scalar(UInt8(character) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
            self = .key(.character(Character(scalar)))
        }
    }
}
