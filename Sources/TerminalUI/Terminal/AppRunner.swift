import AccountModel
import AfilnetAPI
import Foundation

/// The app loop, on one thread that owns ncurses: wait (poll) for a key, a finished request
/// or the next tick; hand each to the model; render the model; repeat until it quits or a
/// signal ends it.
public enum AppRunner {
    /// How the session ended: the exit status (128 + signal after a signal), and the form's
    /// unsent input when SIGHUP or SIGTERM ended it (a quit the user confirmed keeps nothing).
    public struct Ending: Sendable {
        public let status: Int32
        public let unsentForm: FormDraft?
        /// The profile live at the end (the switcher may have changed it).
        public let profile: String
        /// Writes still on their way at the end: their answers will not be heard (the next
        /// start settles them from the ledger).
        public var writesInFlight: [WritesInFlight.Entry] = []
    }

    public static func run(
        _ initial: AppModel, theme: ResolvedTheme, journal: RequestJournal?, mouse: Bool = false,
        crashGuard: CrashGuard? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Ending {
        var model = initial
        let mailbox = Mailbox()
        Signals.rememberTerminal()
        Signals.install(wakePipe: mailbox.writeEnd)
        let screen = Screen(theme: theme, noColor: environment["NO_COLOR"].map { !$0.isEmpty } ?? false, mouse: mouse)
        defer {
            screen.close()
            crashGuard?.disarm()
        }
        journal?.observe { entry in mailbox.post(.journalAppended(entry)) }

        func run(_ effects: [Effect]) {
            let context = model.context
            for effect in effects {
                Task.detached { mailbox.post(await context.perform(effect)) }
            }
        }
        func resized() {
            let (columns, rows) = screen.size
            run(model.handle(.resized(columns: columns, rows: rows, pageSize: Renderer.pageSize(columns: columns, rows: rows))))
        }

        /// What the signals that arrived ask for; an ending when one ends the session.
        func respond(to signals: Set<Int32>) -> Ending? {
            if signals.contains(SIGTSTP) {
                screen.suspend()
                Signals.stopProcess()
            }
            if signals.contains(SIGCONT) || signals.contains(SIGTSTP) {
                screen.invalidate()
                resized()
            }
            if signals.contains(SIGINT) {
                run(model.handle(.interrupted))
                if model.wantsToQuit {
                    return Ending(status: 128 + SIGINT, unsentForm: nil, profile: model.session.profile, writesInFlight: model.writes.all)
                }
            }
            guard let signal = signals.subtracting([SIGCONT, SIGTSTP, SIGINT]).min() else { return nil }
            return Ending(
                status: 128 + signal, unsentForm: FormDraft(model.form, sending: model.formIsSending), profile: model.session.profile,
                writesInFlight: model.writes.all)
        }

        resized()
        run(model.start(at: Date()))
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: mailbox.readEnd, events: Int16(POLLIN), revents: 0)]
        while !model.wantsToQuit {
            screen.draw(Renderer.render(model))
            let timeout = model.tickInterval.map { Int32($0.milliseconds) } ?? -1
            _ = poll(&fds, 2, timeout)  // EINTR (SIGWINCH, SIGCONT) just falls through to reading
            while let input = screen.readKey() {
                switch input {
                case .resize:
                    resized()
                    screen.invalidate()
                case .key(let key):
                    run(model.handle(.key(key)))
                case .paste(let text):
                    run(model.handle(.paste(text)))
                case .click(let x, let y):
                    if let message = HitTest.message(forClickAt: x, y, in: model) { run(model.handle(message)) }
                case .wheel(let rows):
                    run(model.handle(.wheel(rows)))
                }
                if model.takeRepaintRequest() { screen.invalidate() }
                if model.wantsToQuit { break }
            }
            let (messages, signals) = mailbox.drain()
            for message in messages { run(model.handle(message)) }
            if let ending = respond(to: signals) { return ending }
            run(model.handle(.tick(Date())))
            crashGuard?.keep(FormDraft(model.form, sending: model.formIsSending), profile: model.session.profile)
        }
        return Ending(status: 0, unsentForm: nil, profile: model.session.profile, writesInFlight: model.writes.all)
    }
}
