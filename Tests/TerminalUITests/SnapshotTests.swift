import AccountModel
import AfilnetAPI
import BalanceHistory
import Foundation
import Localization
import MonkeySupport
import Testing
@testable import TerminalUI
import TerminalText

/// Grid snapshots: each pane rendered from a fixed model and compared, as text, with
/// `Snapshots/NAME.txt` (`NAME.et.txt` in Estonian). A missing file is written and the test fails, so a new snapshot is
/// always looked at once; `SNAPSHOT_RECORD=1` rewrites them all.
@Suite("Grid snapshots of every pane at 80×24, 120×40 and 200×60")
struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func model(columns: Int, rows: Int, language: Language = .english, glyphs: ChartGlyphs = .braille) -> AppModel {
        setenv("TZ", "UTC", 1)
        tzset()
        // The demo session after start-up (balance read), then the fixtures' lists.
        var model = ModelMonkey.startingModel(language: language, glyphs: glyphs)
        let now = model.now
        _ = model.handle(.resized(columns: columns, rows: rows, pageSize: Renderer.pageSize(columns: columns, rows: rows)))
        _ = model.handle(.addressesLoaded(.success(Fixtures.addresses)))
        _ = model.handle(.channelsLoaded(.success(Fixtures.channels)))
        for entry in Fixtures.journal(now) { _ = model.handle(.journalAppended(entry)) }
        _ = model.handle(.tick(now.addingTimeInterval(12)))
        return model
    }

    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// The file name of a snapshot: English bare, other languages tagged.
    static func name(_ base: String, _ columns: Int, _ rows: Int, _ language: Language) -> String {
        "\(base)-\(columns)x\(rows)" + (language == .english ? "" : ".\(language.rawValue)")
    }

    @Test(arguments: sizes, Language.allCases)
    func panes(size: (columns: Int, rows: Int), language: Language) throws {
        let (columns, rows) = size
        var model = Self.model(columns: columns, rows: rows, language: language)
        for pane in Pane.allCases {
            _ = model.handle(.key(model.keys.keys(for: .show(pane))[0]))
            try check(Renderer.render(model), Self.name(pane.rawValue, columns, rows, language))
        }
    }

    @Test(arguments: sizes, Language.allCases)
    func overlays(size: (columns: Int, rows: Int), language: Language) throws {
        let (columns, rows) = size
        var model = Self.model(columns: columns, rows: rows, language: language)
        _ = model.handle(.key(.character("2")))
        _ = model.handle(.key(.character("a")))
        for character in "Kalle Õunapuu" { _ = model.handle(.key(.character(character))) }
        _ = model.handle(.key(.tab))
        _ = model.handle(.key(.character(" ")))
        _ = model.handle(.key(.tab))
        for character in "東京 商事" { _ = model.handle(.key(.character(character))) }
        _ = model.handle(.key(.enter))  // local validation marks the empty fields
        try check(Renderer.render(model), Self.name("form", columns, rows, language))
        _ = model.handle(.key(.escape))
        _ = model.handle(.key(.character("?")))
        try check(Renderer.render(model), Self.name("help", columns, rows, language))
        _ = model.handle(.key(.escape))
        _ = model.handle(.key(.character("d")))
        try check(Renderer.render(model), Self.name("confirm-delete", columns, rows, language))
        _ = model.handle(.key(.character("n")))
        _ = model.handle(.key(.enter))
        try check(Renderer.render(model), Self.name("address-detail", columns, rows, language))
        _ = model.handle(.key(.escape))
        // The refused add: its parameters are longer than a line and wrap under the label.
        for key: Key in [.character("4"), .character("G"), .character("k"), .enter] { _ = model.handle(.key(key)) }
        try check(Renderer.render(model), Self.name("request-detail", columns, rows, language))
    }

    /// Every help line and hint whole, in each language, on the smallest usual terminal.
    @Test(arguments: Language.allCases)
    func helpAndHintsFitAt80Columns(language: Language) {
        var model = Self.model(columns: 80, rows: 24, language: language)
        _ = model.handle(.key(.character("?")))
        let help = Renderer.render(model).text
        for action in Action.allCases where !action.scope.isOverlay {
            #expect(help.contains(action.help(in: model.text)), "cut: \(action.help(in: model.text))")
        }
        #expect(help.contains(model.text.helpTyping(model.keys.editingKeys(in: model.text))))
        _ = model.handle(.key(.escape))
        _ = model.handle(.key(.character("2")))
        _ = model.handle(.key(.character("a")))
        #expect(Renderer.render(model).text.contains(model.keys.hint(model.overlay.hints, in: model.text)))
    }

    /// A refused switch, rolled back, with the provider's own words for the error.
    @Test(arguments: Language.allCases)
    func errorsInTheStatusLine(language: Language) throws {
        var model = Self.model(columns: 80, rows: 24, language: language)
        _ = model.handle(.key(.character("3")))
        _ = model.handle(.key(.character(" ")))
        _ = model.handle(.channelSwitched(name: "sms", active: false, .failure(.api(.incorrectUserPassword))))
        try check(Renderer.render(model), Self.name("switch-refused", 80, 24, language))
    }

    /// A failed refresh keeps the old figure with its real age and says why, whole.
    @Test(arguments: Language.allCases)
    func aFailedRefreshKeepsTheFigureHonest(language: Language) throws {
        var model = Self.model(columns: 80, rows: 24, language: language)
        _ = model.handle(.balanceLoaded(.failure(.transport(.connectionRefused))))  // 12 s after the read
        _ = model.handle(.tick(model.now.addingTimeInterval(3)))
        try check(Renderer.render(model), Self.name("balance-failed", 80, 24, language))
    }

    @Test func wideLayoutKeepsBalanceAndChannelsInSight() throws {
        var model = Self.model(columns: 200, rows: 60)
        _ = model.handle(.key(.character("2")))
        try check(Renderer.render(model), "addresses-200x60")
    }

    @Test(arguments: Language.allCases)
    func tooSmall(language: Language) throws {
        try check(Renderer.render(Self.model(columns: 36, rows: 8, language: language)), Self.name("too-small", 36, 8, language))
    }

    @Test func hostileNamesAreShownAsVisibleEscapes() throws {
        var model = Self.model(columns: 80, rows: 24)
        var evil = Fixtures.addresses[0]
        evil.contactName = "Evil\u{1B}]52;c;aGk=\u{07} \u{1B}]0;pwned\u{07}\u{202E}"
        _ = model.handle(.addressesLoaded(.success([evil])))
        _ = model.handle(.key(.character("2")))
        let grid = Renderer.render(model)
        #expect(grid.cells.allSatisfy { cell in cell.text.unicodeScalars.allSatisfy { !TerminalSafeText.needsEscape($0) } })
        #expect(grid.text.contains(#"Evil\e]52;c;aGk="#))
    }

    @Test func wideCharactersAreMeasuredAndClipped() {
        var grid = Grid(width: 6, height: 1)
        grid.put("東京商事", x: 0, y: 0)
        #expect(grid.text == "東京商")
        grid = Grid(width: 5, height: 1)
        grid.put("東京商事", x: 0, y: 0)
        #expect(grid.text == "東京 ")
        grid.put("ab", x: 1, y: 0)  // overwriting half of 東 blanks the other half
        #expect(grid.text == " ab  ")
    }

    /// The grid as text, and where the terminal's cursor shows when it does.
    /// The balance chart from 30 demo days (a top-up 12 days back) over 30 d, at each size,
    /// in each language, drawn in braille and in ASCII (`LANG=C`, the linux console).
    @Test(arguments: [(80, 24), (120, 40), (200, 60)], Language.allCases)
    func balanceChart(size: (columns: Int, rows: Int), language: Language) throws {
        for glyphs in [ChartGlyphs.braille, .ascii] {
            var model = Self.model(columns: size.columns, rows: size.rows, language: language, glyphs: glyphs)
            let history = DemoHistory.samples(days: 30, endingAt: 152.34, now: model.now.addingTimeInterval(-12))
            _ = model.handle(.balanceLoaded(.success(Balance(text: "152.34")!), history: .success(history)))
            _ = model.handle(.key(.character("t")))
            _ = model.handle(.key(.character("t")))
            try check(Renderer.render(model), Self.name("balance-chart" + (glyphs == .ascii ? "-ascii" : ""), size.columns, size.rows, language))
        }
    }

    /// Five hours of readings: a short line, and the forecast says what it needs.
    @Test(arguments: Language.allCases)
    func balanceChartWithTooLittleData(language: Language) throws {
        var model = Self.model(columns: 80, rows: 24, language: language)
        let history = Array(DemoHistory.samples(days: 1, endingAt: 152.34, now: model.now).suffix(21))
        _ = model.handle(.balanceLoaded(.success(Balance(text: "152.34")!), history: .success(history)))
        try check(Renderer.render(model), Self.name("balance-chart-little-data", 80, 24, language))
    }

    /// Three rows marked (● and the count in the title), the one question that names the
    /// count, and the progress in the status line after the first answer.
    @Test(arguments: Language.allCases)
    func markingAndBulkDelete(language: Language) throws {
        var model = Self.model(columns: 80, rows: 24, language: language)
        for key: Key in [.character("2"), .character(" "), .character("j"), .character(" "), .character("v")] { _ = model.handle(.key(key)) }
        try check(Renderer.render(model), Self.name("marked", 80, 24, language))
        _ = model.handle(.key(.character("d")))
        try check(Renderer.render(model), Self.name("bulk-delete-confirm", 80, 24, language))
        _ = model.handle(.key(.character("y")))
        _ = model.handle(.addressDeleted(id: 1000, .success(.confirmed)))
        try check(Renderer.render(model), Self.name("bulk-delete-progress", 80, 24, language))
    }

    /// The city id's help: the account's own ids in the chosen country, most used first.
    @Test(arguments: Language.allCases)
    func cityIdHelp(language: Language) throws {
        var model = Self.model(columns: 80, rows: 24, language: language)
        for key: Key in [.character("2"), .character("a"), .tab, .tab, .tab, .character("E"), .character("E"), .tab] {
            _ = model.handle(.key(key))
        }
        try check(Renderer.render(model), Self.name("form-city-help", 80, 24, language))
    }

    /// Five accounts as reads leave them: ok, low, critical, refused, no password; the live
    /// one marked, the refused one selected (its reason on the last row).
    @Test(arguments: [(80, 24), (120, 40)], Language.allCases)
    func accounts(size: (columns: Int, rows: Int), language: Language) throws {
        let client = AfilnetClient(
            configuration: ClientConfiguration(endpoint: try Endpoint("http://127.0.0.1:9/api/http/"), credentials: Credentials(user: "demo", password: "demo")),
            transport: AsyncHTTPTransport())
        var model = AppModel(
            session: SessionInfo(user: "ops", endpoint: "https://api.example.ee/api/http/", isSandbox: false, profile: "prod", readOnly: false),
            service: AccountService(client: client), language: language, profiles: ["customer-a", "customer-b", "prod", "staging", "test"])
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        _ = model.handle(.tick(now))
        _ = model.handle(.resized(columns: size.columns, rows: size.rows, pageSize: Renderer.pageSize(columns: size.columns, rows: size.rows)))
        _ = model.handle(.key(.character("5")))
        func reading(_ profile: String, _ balance: String?, _ state: AccountReading.State, perDay: Double? = nil, days: Double? = nil) -> AccountReading {
            AccountReading(
                profile: profile, user: "ops", endpoint: "https://\(profile).example.ee/api/http/", wayIn: "http post", balance: balance,
                readAt: balance == nil ? nil : now.addingTimeInterval(-42), spendPerDay: perDay, lastsUntil: days.map { now.addingTimeInterval($0 * 86_400) },
                state: state)
        }
        for account in [
            reading("prod", "152.34", .ok, perDay: 12.5, days: 8.2), reading("staging", "40", .low, perDay: 3, days: 0),
            reading("customer-a", "4.5", .critical, perDay: 1.25, days: 0),
            reading("customer-b", nil, .failed(AfilnetError.api(.incorrectUserPassword).text(in: model.text))),
            reading("test", nil, .noCredentials("config.toml: profiles.test: no password")),
        ] { _ = model.handle(.accountRead(account)) }
        _ = model.handle(.key(.character("j")))
        try check(Renderer.render(model), Self.name("accounts-read", size.columns, size.rows, language))
    }

    func check(_ grid: Grid, _ name: String) throws {
        try check(grid.text + "\n" + (grid.cursor.map { "cursor at column \($0.x), row \($0.y)\n" } ?? ""), name)
    }

    func check(_ actual: String, _ name: String) throws {
        let file = Self.directory.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            if !record { Issue.record("new snapshot \(name).txt written; check it and run again") }
            return
        }
        #expect(actual == expected, "snapshot \(name) differs")
    }
}

@Suite("Word wrapping by display width")
struct TextWrapTests {
    @Test func wrapsAtWordsAndSplitsWhatCannotFit() {
        #expect(TextWrap.lines("Näidatud linna pole olemas; kontrollige", width: 20) == ["Näidatud linna pole", "olemas; kontrollige"])
        #expect(TextWrap.lines("東京商事株式会社", width: 5) == ["東京", "商事", "株式", "会社"])
        #expect(TextWrap.lines("abcdefgh ij", width: 3) == ["abc", "def", "gh", "ij"])
        #expect(TextWrap.lines("", width: 10) == [""])
    }
}
