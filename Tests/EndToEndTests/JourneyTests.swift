import Foundation
import Testing

@Suite("End to end in tmux: a user's session against --sandbox")
struct JourneyTests {
    /// What the journey expects to read, in each language the UI speaks. Written out here,
    /// not taken from the app's catalogue, so a wrong or missing translation fails.
    struct Words: Sendable, CustomStringConvertible {
        var lang: String
        var credits, sandbox, formTitle, cityRefused, added, confirmDelete, deleted: String
        var on, off, switchedOff, switchedOn, httpStatus, helpClose: String
        var description: String { lang }

        static let english = Words(
            lang: "C.UTF-8", credits: "152.34 credits", sandbox: "demo @ SANDBOX", formTitle: "Add address",
            cityRefused: "Address not added: CITY_NOT_FOUND: that city id does not exist", added: "Address added.",
            confirmDelete: "Delete address 1006 (Õunapuu OÜ)?", deleted: "Address 1006 deleted.", on: "[on]", off: "[off]",
            switchedOff: "Channel sms switched off.", switchedOn: "Channel sms switched on.", httpStatus: "HTTP status",
            helpClose: "Any key closes this help.")
        /// The error is the provider's own Estonian text (its page's "Kood Kirjeldus" table).
        static let estonian = Words(
            lang: "et_EE.UTF-8", credits: "152,34 krediiti", sandbox: "demo @ LIIVAKAST", formTitle: "Aadressi lisamine",
            cityRefused: "Aadressi ei lisatud: CITY_NOT_FOUND: Näidatud linna pole olemas", added: "Aadress lisatud.",
            confirmDelete: "Kas kustutada aadress 1006 (Õunapuu OÜ)?", deleted: "Aadress 1006 kustutatud.", on: "[sees]",
            off: "[väljas]", switchedOff: "Kanal sms lülitati välja.", switchedOn: "Kanal sms lülitati sisse.",
            httpStatus: "HTTP olek", helpClose: "Mis tahes klahv sulgeb abi.")
    }

    /// The journey over each of the API's ways in (docs/api.md): the default HTTP POST, SOAP,
    /// and a JWT over SOAP; the Requests pane's detail names the API each call went by.
    @Test(arguments: [(Words.english, "http", ""), (.estonian, "http", ""), (.english, "soap", "--api soap"), (.english, "soap", "--api soap --auth jwt"), (.estonian, "http", "--auth jwt")])
    func theWholeJourney(_ words: Words, api: String, options: String) throws {
        let tmux = try TmuxSession(arguments: "--sandbox " + options, environment: ["LANG": words.lang])
        tmux.waitFor(words.credits)
        #expect(tmux.screen.contains(words.sandbox))

        try tmux.press("2")
        tmux.waitFor("Jane Doe")
        try tmux.press("a")
        tmux.waitFor(words.formTitle)
        try tmux.type("Õunapuu OÜ")
        try tmux.press("Tab", "Tab")  // past "Company?"; the company name is for companies only
        try tmux.type("49001010011")
        try tmux.press("Tab")
        try tmux.type("EE")
        try tmux.press("Tab")
        try tmux.type("99")
        try tmux.press("Tab")
        try tmux.type("Tallinn")
        try tmux.press("Tab")
        try tmux.type("10115")
        try tmux.press("Tab")
        try tmux.type("Narva mnt 7")
        try tmux.press("Enter")
        // The server refuses the city: the form stays, with everything typed, on that field.
        tmux.waitFor(words.cityRefused)
        #expect(tmux.screen.contains("Narva mnt 7"))
        try tmux.press("C-u")
        try tmux.type("1")
        try tmux.press("Enter")
        tmux.waitFor(words.added)
        tmux.waitFor("1006   Õunapuu")  // the list is read again after the add: wait for it
        let row = tmux.line(containing: "1006")
        #expect(row?.contains("Õunapuu OÜ") == true)
        #expect(row?.contains("Tallinn") == true)

        try tmux.press("G", "d")
        tmux.waitFor(words.confirmDelete)
        try tmux.press("y")
        tmux.waitFor(words.deleted)
        tmux.waitUntilGone("1006   Õunapuu")

        try tmux.press("3")
        tmux.waitFor("smscertified")
        #expect(tmux.line(containing: "sms                sms")?.contains(words.on) == true)
        try tmux.press("Space")
        tmux.waitFor(words.switchedOff)
        #expect(tmux.line(containing: "sms                sms")?.contains(words.off) == true)
        try tmux.press("Space")
        tmux.waitFor(words.switchedOn)
        #expect(tmux.line(containing: "sms                sms")?.contains(words.on) == true)

        try tmux.press("4")
        tmux.waitFor("modifychannel")
        #expect(tmux.screen.contains("deleteaddress"))
        #expect(tmux.screen.contains("addaddress"))
        #expect(!tmux.screen.contains("password=demo"))
        try tmux.press("Enter")
        tmux.waitFor(words.httpStatus)
        #expect(tmux.line(containing: "API ")?.contains(api) == true)
        try tmux.press("Escape", "?")
        tmux.waitFor(words.helpClose)
        try tmux.press("Escape", "q")
        tmux.waitFor("EXITED 0")
        #expect(tmux.settingsAfter == tmux.settingsBefore)
    }

    @Test func resizingDuringTheFormKeepsWhatWasTyped() throws {
        let tmux = try TmuxSession(arguments: "--sandbox")
        tmux.waitFor("152.34 credits")
        try tmux.press("2", "a")
        tmux.waitFor("Add address")
        try tmux.type("Õunapuu OÜ")
        try tmux.press("Tab", "Tab")
        try tmux.type("4900101")
        for (columns, rows) in [(120, 40), (60, 18), (100, 30), (80, 24)] {
            try tmux.resize(columns: columns, rows: rows)
            Thread.sleep(forTimeInterval: 0.3)
            tmux.waitFor("Õunapuu OÜ")
            tmux.waitFor("4900101")
        }
        try tmux.resize(columns: 30, rows: 8)
        tmux.waitFor("Terminal too small")
        try tmux.resize(columns: 80, rows: 24)
        tmux.waitFor("4900101")
        try tmux.press("Escape")
        tmux.waitUntilGone("4900101")
        try tmux.press("a")
        tmux.waitFor("4900101")
        try tmux.press("Escape", "q")
        tmux.waitFor("unsent input. Quit anyway?")
        try tmux.press("y")
        tmux.waitFor("EXITED 0")
    }

    @Test func sighupEndsTheSessionAndLeavesASaneTerminal() throws {
        let marker = TmuxSession.freshDatabase("hup")
        let tmux = try TmuxSession(arguments: "--sandbox --sandbox-db '\(marker)'")
        tmux.waitFor("152.34 credits")
        let pid = try #require(Self.pid(matching: marker))
        kill(pid, SIGHUP)
        tmux.waitFor("EXITED 129")
        #expect(Self.pid(matching: marker) == nil)
        #expect(tmux.settingsAfter == tmux.settingsBefore)
    }

    @Test func ctrlCAsksFirstWhenTheFormHoldsInputAndASecondOneQuits() throws {
        var tmux = try TmuxSession(arguments: "--sandbox")
        tmux.waitFor("152.34 credits")
        try tmux.press("2", "a")
        try tmux.type("Kalle")
        try tmux.press("C-c")
        tmux.waitFor("unsent input. Quit anyway?")
        try tmux.press("n")  // any other key keeps the session, and the input
        // Gone first: a stale dialog on screen would let the next ^C go before this one is
        // read, and two signals read at once are one.
        tmux.waitUntilGone("Quit anyway?")
        try tmux.press("a")
        tmux.waitFor("Contact name")
        tmux.waitFor("Kalle")
        try tmux.press("C-c")
        tmux.waitFor("Quit anyway?")
        try tmux.press("C-c")
        tmux.waitFor("EXITED 130")
        #expect(tmux.settingsAfter == tmux.settingsBefore)

        tmux = try TmuxSession(arguments: "--sandbox")  // nothing typed: ^C quits at once
        tmux.waitFor("152.34 credits")
        try tmux.press("C-c")
        tmux.waitFor("EXITED 130")
    }

    @Test func aDroppedConnectionKeepsTheUnsentFormForNextTime() throws {
        let marker = TmuxSession.freshDatabase("draft")
        let first = try TmuxSession(arguments: "--sandbox --sandbox-db '\(marker)'")
        first.waitFor("152.34 credits")
        try first.press("2", "a")
        try first.type("Kalle Õunapuu")
        try first.press("Tab", "Tab", "Tab")
        try first.type("12345678")
        first.waitFor("12345678")
        kill(try #require(Self.pid(matching: marker)), SIGHUP)
        first.waitFor("EXITED 129")
        let state = first.home.appendingPathComponent("state").path
        let draft = state + "/afilnet-tui/unsent-form-sandbox.json"
        let attributes = try FileManager.default.attributesOfItem(atPath: draft)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)  // names and document codes

        // A read-only session could not send it: it leaves the draft for one that can.
        let readOnly = try TmuxSession(arguments: "--sandbox --read-only --sandbox-db '\(marker)'", environment: ["XDG_STATE_HOME": state])
        readOnly.waitFor("READ-ONLY")
        try readOnly.press("q")
        readOnly.waitFor("EXITED 0")
        #expect(FileManager.default.fileExists(atPath: draft))

        let second = try TmuxSession(arguments: "--sandbox --sandbox-db '\(marker)'", environment: ["XDG_STATE_HOME": state])
        second.waitFor("is back: 'a' opens it.")
        try second.press("2", "a")
        second.waitFor("Kalle Õunapuu")
        second.waitFor("12345678")
        #expect(!FileManager.default.fileExists(atPath: draft))  // taken once
        // A quit the user confirms keeps nothing.
        try second.press("Escape", "q")
        second.waitFor("Quit anyway?")
        try second.press("y")
        second.waitFor("EXITED 0")
        #expect(!FileManager.default.fileExists(atPath: draft))
    }

    @Test func ctrlLRepaintsWhatSomethingElseWroteOverTheScreen() throws {
        let tmux = try TmuxSession(arguments: "--sandbox")
        tmux.waitFor("152.34 credits")
        try tmux.press("2", "a")
        tmux.waitFor("Contact name")
        // What `wall` or a stray background job does: bytes on the terminal behind the app's back.
        let tty = try #require(FileHandle(forWritingAtPath: tmux.pane("#{pane_tty}")))
        tty.write(Data("\u{1B}[5;3HWALL MESSAGE FROM ROOT".utf8))
        try tty.close()
        tmux.waitFor("WALL MESSAGE")
        try tmux.press("C-l")  // in the form, as anywhere
        tmux.waitUntilGone("WALL MESSAGE")
        tmux.waitFor("Contact name")
        try tmux.press("Escape", "q")
        tmux.waitFor("EXITED 0")
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        let marker = TmuxSession.freshDatabase("crash")
        let tmux = try TmuxSession(arguments: "--sandbox --mouse --sandbox-db '\(marker)'")
        tmux.waitFor("152.34 credits")
        #expect(tmux.pane("#{mouse_any_flag}") == "1")
        let pid = try #require(Self.pid(matching: marker))
        kill(pid, SIGSEGV)  // what a crash delivers: the handler restores, then the default action
        tmux.waitFor("EXITED 139")
        #expect(tmux.settingsAfter == tmux.settingsBefore)
        #expect(tmux.pane("#{mouse_any_flag}") == "0")  // clicks would otherwise type escapes
        #expect(!tmux.screen.contains("152.34 credits"))  // back on the normal screen
    }

    /// A crash (SIGILL is what a Swift trap raises) keeps the form's input for the next
    /// session, writes a report without the form's contents, says where it is on the normal
    /// screen, and the next start names it and brings the form back.
    @Test func aCrashKeepsTheFormAndLeavesAReportTheNextStartNames() throws {
        let database = TmuxSession.freshDatabase("crash-report")
        let first = try TmuxSession(columns: 120, arguments: "--sandbox --sandbox-db '\(database)'")
        first.waitFor("152.34 credits")
        try first.press("2", "a")
        first.waitFor("Contact name")
        try first.type("Kalle Õunapuu")
        first.waitFor("Kalle Õunapuu")
        let pid = try #require(Self.pid(matching: database))
        kill(pid, SIGILL)
        first.waitFor("EXITED 132")
        first.waitFor("afilnet-tui stopped on signal 4; report: ")
        #expect(first.settingsAfter == first.settingsBefore)
        let state = first.home.appendingPathComponent("state/afilnet-tui")
        let names = try FileManager.default.contentsOfDirectory(atPath: state.path)
        let reportName = try #require(names.first { $0.hasPrefix("crash-") && $0.hasSuffix(".txt") })
        let report = try String(contentsOf: state.appendingPathComponent(reportName), encoding: .utf8)
        #expect(report.contains("version: "))
        #expect(report.contains("--- signal 4 ---"))
        #expect(report.contains("afilnet-tui(+0x"))  // frames to symbolise
        #expect(!report.contains("Õunapuu") && !report.contains("demo"))
        #expect(!names.contains { $0.hasPrefix("session-") })

        let second = try TmuxSession(
            columns: 120, arguments: "--sandbox --sandbox-db '\(database)'", environment: ["XDG_STATE_HOME": state.deletingLastPathComponent().path])
        second.waitFor("The last session stopped on an error")
        second.waitFor(reportName)
        try second.press("2", "a")
        second.waitFor("Kalle Õunapuu")
        try second.press("Escape", "q", "y")
        second.waitFor("EXITED 0")
    }

    static func pid(matching text: String) -> pid_t? {
        let found = (try? Spawn.run("/usr/bin/pgrep", ["-f", "--", text])) ?? ""
        return found.split(separator: "\n").compactMap { pid_t($0) }
            .first { pid in
                // The app itself, not the shell or tmux around it.
                let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) ?? ""
                return exe.hasSuffix("/afilnet-tui")
            }
    }
}
