import Foundation
import Testing

/// A real terminal for the app: a tmux server of its own (socket per test), a fixed size,
/// UTF-8, keys sent as a user types them, and the screen read back as text.
final class TmuxSession {
    let socket = "afilnet-e2e-\(UUID().uuidString.prefix(8))"
    let home: URL

    static var executable: String {
        if let path = ProcessInfo.processInfo.environment["AFILNET_TUI_BIN"] { return path }
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("afilnet-tui").path
    }

    /// Starts `arguments` of afilnet-tui in a `columns`×`rows` pane. The shell around it
    /// records the terminal settings before and after, and the exit status; the settings
    /// after are written before "EXITED" is printed, so a test that saw it can read them.
    init(columns: Int = 80, rows: Int = 24, arguments: String, environment: [String: String] = [:], recordOutput: Bool = false) throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var variables = ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state", "XDG_CONFIG_HOME": home.path + "/config",
                         "XDG_DATA_HOME": home.path + "/data", "LANG": "C.UTF-8", "TZ": "UTC"]
        variables.merge(environment) { $1 }
        let exports = variables.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let script = """
            stty -g > '\(home.path)/stty.before'; sleep 0.3; env \(Self.unsetLocale) \(exports) '\(Self.executable)' \(arguments); \
            code=$?; stty -g > '\(home.path)/stty.after'; echo "EXITED $code"; sleep 60
            """
        // The server this starts keeps any pipe it inherits open: no output is read from it.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", String(columns), "-y", String(rows), "-s", "main", script], readOutput: false)
        if recordOutput { try tmux(["pipe-pane", "-o", "-t", "main", "cat >> '\(home.path)/output.bin'"]) }
    }

    /// An interactive bash in the pane (for job control), with the same private environment.
    init(shell: Bool, columns: Int = 80, rows: Int = 24) throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = "\(Self.unsetLocale) HOME='\(home.path)' XDG_STATE_HOME='\(home.path)/state' XDG_CONFIG_HOME='\(home.path)/config' LANG=C.UTF-8 TZ=UTC PS1='$ '"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", String(columns), "-y", String(rows), "-s", "main",
                  "env \(environment) bash --norc --noprofile -i"], readOutput: false)
    }

    /// The locale variables that would outrank `LANG`, and `NO_COLOR` (`swift test` sets it
    /// for its own output): whatever the test run has, the app sees only what a test sets.
    static let unsetLocale = "-u LC_ALL -u LC_MESSAGES -u LANGUAGE -u NO_COLOR"

    deinit { _ = try? tmux(["kill-server"]) }

    var recordedOutput: Data { (try? Data(contentsOf: home.appendingPathComponent("output.bin"))) ?? Data() }
    var settingsBefore: String { (try? String(contentsOf: home.appendingPathComponent("stty.before"), encoding: .utf8)) ?? "" }
    var settingsAfter: String { (try? String(contentsOf: home.appendingPathComponent("stty.after"), encoding: .utf8)) ?? "?" }

    /// Keys by tmux name (`Enter`, `Tab`, `Space`, `Escape`, `BSpace`, `Down`) or literal text.
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }
    /// A sandbox database path of its own for one test (`--sandbox-db`); being unique, it
    /// also picks out the app's process in `pgrep -f`.
    static func freshDatabase(_ tag: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(tag)-\(UUID().uuidString).sqlite").path
    }

    /// In a shell session: types the command line that starts the app with `arguments`.
    func launch(_ arguments: String) throws {
        try type("'\(Self.executable)' \(arguments)")
        try press("Enter")
        waitFor("152.34 credits")
    }

    /// In a shell session: ^Z, until the shell reports the job stopped.
    func suspend() throws {
        try press("C-z")
        waitFor("Stopped")
    }

    /// In a shell session: `fg`.
    func resume() throws {
        try type("fg")
        try press("Enter")
    }

    /// Pastes `text` as a terminal does: bracketed when the app has asked for it (`-p`),
    /// with line breaks as carriage returns.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "test", text])
        try tmux(["paste-buffer", "-p", "-b", "test", "-t", "main"])
    }
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", String(columns), "-y", String(rows)])
    }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "main"])) ?? "" }
    /// The screen with its colours and attributes, as SGR sequences.
    var screenWithColours: String { (try? tmux(["capture-pane", "-e", "-p", "-t", "main"])) ?? "" }

    /// A tmux format about the pane, e.g. `#{mouse_any_flag}`: what modes the app left on.
    func pane(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "main", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen shows `text` (the app answers asynchronously); records an issue
    /// with the screen when it does not within `timeout`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("screen never showed '\(text)':\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Waits until `text` is gone from the screen.
    func waitUntilGone(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !screen.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("screen still shows '\(text)':\n\(screen)", sourceLocation: sourceLocation)
    }

    /// The line of the screen that contains `text`.
    func line(containing text: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    @discardableResult
    private func tmux(_ arguments: [String], readOutput: Bool = true) throws -> String {
        try Spawn.run("/usr/bin/tmux", ["-u", "-L", socket] + arguments, readOutput: readOutput)
    }
}
