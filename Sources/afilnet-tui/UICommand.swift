import AccountModel
import AfilnetAPI
import AfilnetConfig
import AfilnetSandbox
import ArgumentParser
import BalanceHistory
import Foundation
import Localization
import TerminalUI

/// Opens the UI: on the configured profile, or on a sandbox started in-process (`--sandbox`).
struct UICommand {
    let options: AfilnetTUI

    /// Start-up and exit as named steps: config → terminal → connection → model and notices →
    /// run → teardown. Each is a function below; `startupNotices` is pure.
    func run() async throws -> Int32 {
        let (config, configProblem) = loadConfig()
        let text = options.connection.text(config: config)
        let terminal = try chooseTerminal(text)
        let connection = try await connect(config: config, configProblem: configProblem, text: text)
        let keys = KeyMap(overrides: config.keyBindings)
        var model = makeModel(connection, config: config, keys: keys, text: text)
        let drafts = FormDraftStore()
        // A read-only session could not send it: the draft waits for a session that can.
        let draft = connection.session.readOnly ? nil : drafts.take(profile: connection.session.profile)
        if let draft { _ = model.handle(.draftRestored(draft)) }
        // Writes the last session sent and never heard back about: settled once the lists are read.
        let unsettled = connection.ledger.unsettled(account: connection.session.account)
        if !unsettled.isEmpty { _ = model.handle(.unsettledWrites(unsettled)) }
        let (theme, themeProblem) = resolveTheme(config)
        let facts = StartupFacts(
            terminal: terminal, crashReport: CrashGuard.unannounced(in: drafts.directory), restoredDraft: draft,
            historyProblem: connection.historyProblem, configProblem: configProblem, keys: keys, themeProblem: themeProblem)
        for notice in Self.startupNotices(facts, text) { _ = model.handle(.notice(notice)) }
        let ending = await runUI(model, theme: theme, journal: connection.journal, mouse: options.mouse || config.mouse, drafts: drafts)
        await tearDown(ending, connection, drafts: drafts, keys: keys, text: text)
        return ending.status
    }

    /// The config; a broken one never keeps the UI from starting on --sandbox: it is said instead.
    func loadConfig() -> (AppConfig, ConfigError?) {
        do {
            return (try ConfigLoader.load(path: options.connection.config), nil)
        } catch {
            return (AppConfig(path: options.connection.config), error)
        }
    }

    /// Before anything starts: a terminal the UI cannot draw on is refused with the fix, an
    /// unknown one replaced by the nearest entry this machine has.
    func chooseTerminal(_ text: Catalogue) throws -> TerminalChoice {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw fail(text.cliNeedsTerminal, status: ExitStatus.usage)
        }
        do {
            return try TerminalChoice.choose(term: ProcessInfo.processInfo.environment["TERM"])
        } catch {
            let message = switch error {
            case .unset: text.terminalUnset
            case .dumb: text.terminalDumb
            case .unknown(let term): text.terminalUnknown(term)
            }
            throw fail(message, status: ExitStatus.terminal)
        }
    }

    /// Who the UI talks to, and what it keeps beside: the client, the session's facts, the
    /// balance history, the ledger of writes; and the sandbox it started, if any.
    struct Connection {
        let journal: RequestJournal
        let client: AfilnetClient
        let session: SessionInfo
        let history: AccountHistory?
        let historyProblem: String?
        let ledger: WriteLedger
        var server: SandboxServer?
        var temporary: URL?
    }

    func connect(config: AppConfig, configProblem: ConfigError?, text: Catalogue) async throws -> Connection {
        let journal = RequestJournal()
        var history: AccountHistory?
        var historyProblem: String?
        if options.sandbox {
            let (started, directory) = try await startSandbox()
            do {
                history = try Self.sandboxHistory(beside: started.databasePath, store: started.store)
            } catch {
                historyProblem = "\(error)"
            }
            let endpoint = try Endpoint("http://127.0.0.1:\(started.port)/api/http/")
            let client = AfilnetClient(
                configuration: ClientConfiguration(
                    endpoint: endpoint, auth: options.connection.auth ?? .post, api: options.connection.api ?? .http,
                    credentials: Credentials(user: "demo", password: "demo")),
                transport: AsyncHTTPTransport(), journal: journal)
            let session = SessionInfo(
                user: "demo", endpoint: endpoint.description, isSandbox: true, profile: "sandbox", readOnly: options.readOnly,
                api: client.configuration.api, auth: client.configuration.auth)
            return Connection(
                journal: journal, client: client, session: session, history: history, historyProblem: historyProblem,
                ledger: WriteLedger(path: (started.databasePath as NSString).deletingLastPathComponent + "/writes.jsonl"),
                server: started.server, temporary: directory)
        }
        // The config read above, when it could be read; otherwise connect says why.
        let connected = try options.connection.connect(journal: journal, config: configProblem == nil ? config : nil, oneShot: false)
        let client = connected.client
        let session = SessionInfo(
            user: client.configuration.credentials.user, endpoint: client.configuration.endpoint.description,
            isSandbox: false, profile: connected.profile.name, readOnly: options.readOnly || connected.profile.readOnly,
            via: connected.network.proxy?.description, api: client.configuration.api, auth: client.configuration.auth)
        do {
            history = try Self.history(user: session.user, endpoint: session.endpoint)
        } catch {
            historyProblem = "\(error)"
        }
        return Connection(
            journal: journal, client: client, session: session, history: history, historyProblem: historyProblem, ledger: WriteLedger())
    }

    func makeModel(_ connection: Connection, config: AppConfig, keys: KeyMap, text: Catalogue) -> AppModel {
        AppModel(
            session: connection.session,
            service: AccountService(client: connection.client, history: connection.history, ledger: connection.ledger), keys: keys,
            language: text.language,
            balance: BalanceModel(
                lowThreshold: Decimal(config.lowBalanceThreshold), refreshInterval: config.balanceRefreshSeconds,
                glyphs: ChartGlyphs.choose(codesetIsUTF8: Self.codesetIsUTF8, term: ProcessInfo.processInfo.environment["TERM"])),
            profiles: config.profiles.keys.sorted(), openProfile: Self.opener(
                config: config, journal: connection.journal, ledger: connection.ledger, network: options.connection.choice.network,
                readOnly: options.readOnly, text: text),
            readAccount: AccountsReader.make(
                config: config, journal: connection.journal, network: options.connection.choice.network,
                sandbox: connection.session.isSandbox
                    ? AccountsReader.Sandbox(profile: connection.session.profile, client: connection.client, history: connection.history) : nil,
                store: connection.session.isSandbox ? (config.profiles.isEmpty ? nil : try? BalanceHistoryStore()) : connection.history?.store,
                text: text))
    }

    /// The theme asked for (`--theme`, the profile's, the config's); a broken one never keeps
    /// the app from starting: the default, and the reason.
    func resolveTheme(_ config: AppConfig) -> (ResolvedTheme, (name: String, problem: ConfigError)?) {
        let profileTheme = options.sandbox ? nil : (try? config.profile(named: options.connection.profile))?.theme
        let name = options.theme ?? profileTheme ?? config.theme
        let catalog = ThemeCatalog()
        do {
            return (try catalog.resolve(name), nil)
        } catch {
            return ((try? catalog.resolve("default")) ?? ResolvedTheme(name: "default", looks: [:]), (name, error))
        }
    }

    /// What start-up found that the user should hear of.
    struct StartupFacts {
        var terminal: TerminalChoice
        var crashReport: String?
        var restoredDraft: FormDraft?
        var historyProblem: String?
        var configProblem: ConfigError?
        var keys: KeyMap
        var themeProblem: (name: String, problem: ConfigError)?
    }

    /// Start-up notices, each said (one after the other in the status line), none lost; in
    /// this order.
    static func startupNotices(_ facts: StartupFacts, _ text: Catalogue) -> [StatusMessage] {
        var notices: [StatusMessage] = []
        if case .fellBack(let from, let to) = facts.terminal {
            notices.append(StatusMessage(text: text.terminalFellBack(from, to), kind: .warning))
        }
        if let report = facts.crashReport {
            notices.append(StatusMessage(text: text.lastSessionCrashed(report), kind: .warning))
        }
        if let draft = facts.restoredDraft {
            let restored = draft.wasSubmitting ? text.formRestoredMaybeSent : text.formRestored
            notices.append(StatusMessage(text: restored(facts.keys.label(for: .add, in: text)), kind: draft.wasSubmitting ? .warning : .info))
        }
        if let problem = facts.historyProblem {
            notices.append(StatusMessage(text: text.historyNotKept(problem), kind: .warning))
        }
        if let problem = facts.configProblem {
            notices.append(StatusMessage(text: problem.text(in: text), kind: .warning))
        }
        if !facts.keys.conflicts.isEmpty {
            // Said at start-up, where the user can see it, and again on exit.
            notices.append(StatusMessage(text: text.keyBindings(facts.keys.conflictText(in: text)), kind: .warning))
        }
        if let theme = facts.themeProblem {
            notices.append(StatusMessage(text: text.themeNotUsed(theme.name, theme.problem.text(in: text)), kind: .warning))
        }
        return notices
    }

    /// ncurses wants one thread of its own; the cooperative pool keeps serving the requests.
    func runUI(_ model: AppModel, theme: ResolvedTheme, journal: RequestJournal, mouse: Bool, drafts: FormDraftStore) async -> AppRunner.Ending {
        let crashGuard = CrashGuard(folder: drafts.directory, version: Self.version) { draft, profile in
            drafts.encoded(draft).map { (drafts.path(profile: profile), [UInt8]($0)) }
        }
        return await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: AppRunner.run(model, theme: theme, journal: journal, mouse: mouse, crashGuard: crashGuard))
            }.start()
        }
    }

    /// What outlives the session: its unsent form, its unanswered writes in the journal; the
    /// sandbox stopped and its folder gone; key conflicts said again.
    func tearDown(_ ending: AppRunner.Ending, _ connection: Connection, drafts: FormDraftStore, keys: KeyMap, text: Catalogue) async {
        if let draft = ending.unsentForm { drafts.save(draft, profile: ending.profile) }
        for write in ending.writesInFlight { connection.journal.append(Self.unanswered(write), secrets: []) }
        await connection.server?.stop()
        if let temporary = connection.temporary { try? FileManager.default.removeItem(at: temporary) }
        if !keys.conflicts.isEmpty {
            FileHandleOutput.standardError("afilnet-tui: \(text.cliKeyBindings(keys.conflictText(in: text)))\n")
        }
    }

    static var version: String { AfilnetTUI.configuration.version }

    /// Opens another profile of the same config for the switcher (`p`). Credentials come from
    /// the environment, password_command or the file: no prompt while ncurses owns the screen.
    static func opener(
        config: AppConfig, journal: RequestJournal, ledger: WriteLedger, network: ConnectionSettings.NetworkOverrides, readOnly: Bool, text: Catalogue
    ) -> ProfileOpener {
        { name in
            do {
                let profile = try config.profile(named: name)
                let settings = try ConnectionSettings(profile: profile, network: network, configPath: config.path)
                let credentials = try CredentialResolver().resolve(profile, configPath: config.path)
                let client = AfilnetClient(
                    configuration: settings.clientConfiguration(credentials: credentials),
                    transport: AsyncHTTPTransport(connectTimeout: settings.connectTimeout, network: settings.network), journal: journal)
                let session = SessionInfo(
                    user: credentials.user, endpoint: settings.endpoint.description, isSandbox: false, profile: name,
                    readOnly: readOnly || profile.readOnly, via: settings.network.proxy?.description,
                    api: client.configuration.api, auth: client.configuration.auth)
                // No history is no reason to refuse the profile: its balance still shows.
                let history = try? Self.history(user: credentials.user, endpoint: settings.endpoint.description)
                return .success(ProfileConnection(session: session, service: AccountService(client: client, history: history, ledger: ledger)))
            } catch {
                return .failure(ProfileProblem(describe(error, in: text)))
            }
        }
    }

    /// A write whose answer the session ended before: its line in the request journal, the
    /// outcome unknown (the ledger keeps it for the next start to settle).
    static func unanswered(_ write: WritesInFlight.Entry) -> JournalEntry {
        JournalEntry(
            time: Date(), endpoint: String(write.origin.account.split(separator: "@", maxSplits: 1).last ?? ""),
            apiClass: APIMethod.apiClass, method: write.intent.method.rawValue, parameters: write.intent.parameters,
            auth: "", httpStatus: 0, outcome: JournalEntry.endedBeforeAnswer, response: "",
            durationMilliseconds: Date().timeIntervalSince(write.since) * 1000, attempt: 1)
    }

    /// The user's history of a real account (`$XDG_STATE_HOME/afilnet-tui/`).
    static func history(user: String, endpoint: String) throws -> AccountHistory {
        AccountHistory(store: try BalanceHistoryStore(), account: HistoryLocation.account(user: user, endpoint: endpoint))
    }

    /// The embedded sandbox keeps its history beside its database, apart from real accounts';
    /// a new one is seeded with 30 demo days so the chart has something to show.
    static func sandboxHistory(beside databasePath: String, store: SandboxStore) throws -> AccountHistory {
        let path = (databasePath as NSString).deletingLastPathComponent + "/balance-history.sqlite"
        let history = AccountHistory(store: try BalanceHistoryStore(path: path), account: HistoryLocation.embeddedSandboxAccount)
        if try history.store.count(account: history.account) == 0, let balance = Decimal(string: try store.balance()) {
            try history.store.append(contentsOf: DemoHistory.samples(days: 30, endingAt: balance), account: history.account)
        }
        return history
    }

    /// Whether the user's locale speaks UTF-8 (read before ncurses changes it).
    static var codesetIsUTF8: Bool {
        setlocale(LC_CTYPE, "")
        return String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
    }

    private func startSandbox() async throws -> ((server: SandboxServer, port: Int, store: SandboxStore, databasePath: String), URL?) {
        var directory: URL?
        let path: String
        if let given = options.sandboxDb {
            path = given
        } else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("afilnet-tui-sandbox-\(getpid())")
            directory = folder
            path = folder.appendingPathComponent("sandbox.sqlite").path
        }
        let store = try SandboxStore(path: path)
        if try store.isEmpty() { try store.seedDemo(syntheticAddresses: options.sandboxAddresses) }
        var sandboxOptions = SandboxOptions(port: 0)
        sandboxOptions.logsToStandardError = false
        let server = SandboxServer(store: store, options: sandboxOptions)
        return ((server, try await server.start(), store, path), directory)
    }
}
