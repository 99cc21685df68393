import AccountModel
import AfilnetAPI
import AfilnetSandbox
import Foundation
import Testing

@Suite("View-models against the sandbox")
struct AppModelTests {
    @Test func startLoadsEverything() async throws {
        let harness = try await ModelHarness()
        #expect(harness.model.balance.balance?.text == "152.34")
        #expect(harness.model.addresses.list.rows.count == 6)
        #expect(harness.model.channels.list.rows.count == 9)
        #expect(harness.model.inFlight.isEmpty)
        await harness.stop()
    }

    /// Fills the form for Õunapuu OÜ in Tallinn (city id as given).
    func fillForm(_ harness: ModelHarness, cityID: String = "1") async {
        await harness.press(.character("2"), .character("a"))
        await harness.type("Kalle Õunapuu")
        await harness.press(.tab, .character(" "), .tab)
        await harness.type("Õunapuu OÜ")
        await harness.press(.tab)
        await harness.type("12345678")
        await harness.press(.tab)
        await harness.type("Est")
        await harness.press(.tab)  // completes to EE
        await harness.type(cityID)
        await harness.press(.tab)
        await harness.type("Tallinn")
        await harness.press(.tab)
        await harness.type("10115")
        await harness.press(.tab)
        await harness.type("Narva mnt 5")
    }

    @Test func addingAnAddress() async throws {
        let harness = try await ModelHarness()
        await fillForm(harness)
        #expect(harness.model.form.text[.country] == "EE")
        await harness.press(.enter)
        #expect(harness.model.overlay == .none)
        #expect(harness.model.status?.text == "Address added.")
        let added = try #require(harness.model.addresses.list.rows.last)
        #expect(added.contactName == "Kalle Õunapuu" && added.companyName == "Õunapuu OÜ" && added.cityName == "Tallinn")
        #expect(!harness.model.form.hasInput)
        await harness.stop()
    }

    @Test func theServersCityErrorLandsOnItsFieldAndTheInputStays() async throws {
        let harness = try await ModelHarness()
        await fillForm(harness, cityID: "99")
        await harness.press(.enter)
        #expect(harness.model.overlay == .form)
        #expect(harness.model.form.problems[.cityID] == .refused(.cityNotFound))
        #expect(harness.model.form.focusedField == .cityID)
        #expect(harness.model.form.text[.contactName] == "Kalle Õunapuu")
        #expect(harness.model.form.text[.street] == "Narva mnt 5")
        #expect(harness.model.status?.kind == .error)
        // Fix the field, send again: it goes through.
        await harness.press(.backspace, .backspace)
        await harness.type("1")
        await harness.press(.enter)
        #expect(harness.model.addresses.list.rows.count == 7)
        await harness.stop()
    }

    @Test func localProblemsLandOnTheirFieldsAndNothingIsSent() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("2"), .character("a"), .tab, .character(" "))
        await harness.press(.enter)
        let problems = harness.model.form.problems
        #expect(problems[.contactName] == .required)
        #expect(problems[.companyName] == .required)
        #expect(problems[.country] == .required)
        #expect(problems[.cityID] == .notAPositiveNumber)
        #expect(harness.model.form.focusedField == .contactName)
        // Name, company?, company name, document: the fourth Tab reaches the country.
        await harness.press(.tab, .tab, .tab, .tab)
        #expect(harness.model.form.focusedField == .country)
        await harness.type("XX")
        await harness.press(.enter)
        #expect(harness.model.form.problems[.country] == .unknownCountry)
        try harness.server.flushLog()
        #expect(try harness.server.store.requestLog().contains { $0.method == "addaddress" } == false)
        await harness.stop()
    }

    @Test func aLostAnswerIsConfirmedAndAFailedAddKeepsTheForm() async throws {
        let harness = try await ModelHarness(faults: FaultInjection(mode: .http500, methods: ["addaddress"]))
        await fillForm(harness)
        await harness.press(.enter)
        #expect(harness.model.overlay == .form)
        #expect(harness.model.form.formError == .writeNotApplied(cause: .httpStatus(500, preview: "Internal Server Error")))
        #expect(harness.model.form.text[.cityName] == "Tallinn")
        // Esc closes but keeps the draft; quitting then asks first.
        await harness.press(.escape)
        #expect(harness.model.form.hasInput)
        await harness.press(.character("q"))
        #expect(harness.model.overlay == .confirmQuit && !harness.model.wantsToQuit)
        await harness.press(.character("n"))
        #expect(!harness.model.wantsToQuit)
        await harness.press(.character("a"))
        #expect(harness.model.form.text[.contactName] == "Kalle Õunapuu")
        await harness.stop()
    }

    @Test func deletingAsksFirst() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("2"), .character("G"), .character("d"))
        #expect(harness.model.overlay == .confirmDelete(try #require(harness.model.addresses.list.selected)))
        await harness.press(.character("n"))
        #expect(harness.model.addresses.list.rows.count == 6)
        await harness.press(.character("d"), .character("y"))
        #expect(harness.model.addresses.list.rows.count == 5)
        #expect(!harness.model.addresses.list.rows.contains { $0.id == 1005 })
        #expect(harness.model.status?.text == "Address 1005 deleted.")
        await harness.stop()
    }

    @Test func aPasteGoesIntoTheFieldAndNeverActsAsKeys() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("2"), .character("a"))
        // A copied line ends with a newline: it must not submit the form.
        await harness.settle(harness.model.handle(.paste("Kalle\r\nÕunapuu\tOÜ\n")))
        #expect(harness.model.overlay == .form)
        #expect(harness.model.form.text[.contactName] == "Kalle Õunapuu OÜ")
        #expect(harness.model.inFlight.isEmpty)
        // The city id takes digits only, pasted or typed, and says so instead of dropping them.
        await harness.press(.tab, .tab, .tab, .tab)
        #expect(harness.model.form.focusedField == .cityID)
        await harness.settle(harness.model.handle(.paste(" 42\n")))
        await harness.settle(harness.model.handle(.paste("Tallinn")))
        await harness.press(.character("x"), .character("٣"))
        #expect(harness.model.form.text[.cityID] == "42")
        #expect(harness.model.form.problems[.cityID] == .notAPositiveNumber)
        await harness.press(.character("7"))
        #expect(harness.model.form.text[.cityID] == "427")
        #expect(harness.model.form.problems[.cityID] == nil)
        await harness.press(.escape)

        // Outside a text field a paste is dropped and said: pasted "dy" deletes nothing,
        // not even with the confirmation already open.
        await harness.settle(harness.model.handle(.paste("dy")))
        #expect(harness.model.overlay == .none)
        #expect(harness.model.status?.text == "Pasted text ignored: only a text field takes a paste.")
        await harness.press(.character("d"))
        await harness.settle(harness.model.handle(.paste("y")))
        #expect(harness.model.overlay == .confirmDelete(try #require(harness.model.addresses.list.selected)))
        await harness.press(.escape)
        #expect(harness.model.addresses.list.rows.count == 6)

        // The filter takes a paste as typing would, line breaks and all made one line.
        await harness.press(.character("/"))
        await harness.settle(harness.model.handle(.paste("Tallinn\n")))
        #expect(harness.model.overlay.typedFilter != nil)
        #expect(harness.model.addresses.list.visible.count == 1)
        await harness.stop()
    }

    @Test func aFormDraftKeepsWhatWasTyped() throws {
        #expect(FormDraft(AddressFormModel()) == nil)  // nothing typed, nothing kept
        var form = AddressFormModel()
        form.text = [.contactName: "Kalle Õunapuu", .companyName: "Õunapuu OÜ", .street: ""]
        form.isCompany = true
        let draft = try #require(FormDraft(form))
        var decoded = try JSONDecoder().decode(FormDraft.self, from: JSONEncoder().encode(draft))
        #expect(decoded.fields == ["contactName": "Kalle Õunapuu", "companyName": "Õunapuu OÜ"])
        decoded.fields["faxNumber"] = "1"  // from some other version: dropped, not fatal
        #expect(decoded.form.text == [.contactName: "Kalle Õunapuu", .companyName: "Õunapuu OÜ"])
        #expect(decoded.form.isCompany && !decoded.wasSubmitting)
    }

    @Test func aLineEditorEditsWhereTheCursorIs() {
        var line = LineEditor("Narva mnt 5")
        #expect(line.cursor == 11)
        for edit: LineEdit in [.left, .left, .backspace] { line.edit(edit) }
        #expect(line.text == "Narva mn 5" && line.cursor == 8)
        line.insert("t.")
        #expect(line.text == "Narva mnt. 5" && line.beforeCursor == "Narva mnt.")
        line.edit(.deleteWord)
        #expect(line.text == "Narva  5")
        line.edit(.home)
        line.edit(.delete)
        line.edit(.deleteToEnd)
        #expect(line.text == "" && line.cursor == 0)
        // Enter and Tab are no edits: they go to the form or the filter.
        #expect(KeyMap().action(for: .enter, in: [.editing]) == nil && KeyMap().action(for: .tab, in: [.editing]) == nil)
        var wide = LineEditor("東京")
        wide.edit(.left)
        wide.insert("・")
        #expect(wide.text == "東・京")
    }

    @Test(arguments: [
        ("Tallinn\n", "Tallinn"), ("\r\nTallinn\r\n", "Tallinn"), ("Narva mnt\n5", "Narva mnt 5"),
        ("a\t\tb", "a b"), ("a \n b", "a  b"), ("x\u{1B}[31my\u{7}\u{9B}z", "x[31myz"), ("東京 商事", "東京 商事"),
    ])
    func pastedTextBecomesOneLine(pasted: String, line: String) {
        #expect(PastedText.oneLine(pasted) == line)
    }

    @Test func aToggleShowsAtOnceAndStays() async throws {
        let harness = try await ModelHarness()
        await harness.press(.character("3"))
        var effects = harness.model.handle(.key(.character(" ")))
        // Shown before the server answers.
        #expect(harness.model.channels.list.rows[0].isActive == false)
        #expect(harness.model.channels.pending["sms"] == true)
        await harness.settle(effects)
        #expect(harness.model.channels.list.rows[0].isActive == false)
        #expect(harness.model.channels.pending.isEmpty)
        effects = harness.model.handle(.key(.enter))
        await harness.settle(effects)
        #expect(harness.model.channels.list.rows[0].isActive == true)
        await harness.stop()
    }

    @Test func aRefusedToggleRollsBackWithAMessage() async throws {
        let harness = try await ModelHarness(faults: FaultInjection(mode: .http500, methods: ["modifychannel"]))
        await harness.press(.character("3"), .down)
        let before = harness.model.channels.list.rows[1].isActive
        let effects = harness.model.handle(.key(.character(" ")))
        #expect(harness.model.channels.list.rows[1].isActive == !before)
        await harness.settle(effects)
        #expect(harness.model.channels.list.rows[1].isActive == before)
        #expect(harness.model.status?.kind == .error)
        #expect(harness.model.status?.text.contains("rolled back") == true)
        await harness.stop()
    }

    @Test func refreshFilterSortAndPaging() async throws {
        let harness = try await ModelHarness(addresses: 40)
        await harness.press(.character("2"))
        try harness.server.store.setBalance("5.00")
        await harness.press(.character("1"), .character("r"))
        #expect(harness.model.balance.balance?.text == "5.00")
        #expect(harness.model.balance.isLow)

        await harness.press(.character("2"), .character("/"))
        await harness.type("tallinn")
        await harness.press(.enter)
        #expect(harness.model.addresses.list.visible.count > 1)
        #expect(harness.model.addresses.list.visible.allSatisfy { harness.model.addresses.list.rows[$0].cityName == "Tallinn" })
        await harness.press(.character("/"), .escape)
        #expect(harness.model.addresses.list.visible.count == 46)

        await harness.press(.character("s"))  // by id, ascending
        await harness.press(.character("s"))  // by id, descending; the selection follows its row
        #expect(harness.model.addresses.list.selected?.id == 1000)
        #expect(harness.model.addresses.list.selection == 45)
        await harness.press(.character("g"))
        #expect(harness.model.addresses.list.selected?.id == 1045)
        await harness.press(.character("g"), .pageDown)
        #expect(harness.model.addresses.list.selection == 4)
        await harness.press(.pageDown, .pageDown)
        #expect(harness.model.addresses.list.selection == 12)
        #expect(harness.model.addresses.list.scroll == 8)
        await harness.press(.character("G"))
        #expect(harness.model.addresses.list.selection == 45)
        #expect(harness.model.addresses.list.page.count == 5)
        await harness.stop()
    }

    @Test func readOnlyRefusesWritesAndSaysWhy() async throws {
        let harness = try await ModelHarness(readOnly: true)
        await harness.press(.character("2"), .character("a"))
        #expect(harness.model.overlay == .none)
        #expect(harness.model.status?.text.contains("Read-only profile") == true)
        await harness.press(.character("3"), .character(" "))
        #expect(harness.model.channels.pending.isEmpty)
        try harness.server.flushLog()
        #expect(try harness.server.store.requestLog().allSatisfy { $0.method.hasPrefix("get") })
        await harness.stop()
    }

    @Test func theRequestPaneExportsWhatItShows() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(UUID().uuidString)").path
        let harness = try await ModelHarness(exportFolder: folder)
        for entry in [("getbalance", "SUCCESS"), ("addaddress", "ERROR CITY_NOT_FOUND")] {
            _ = harness.model.handle(.journalAppended(JournalEntry(
                time: Date(), endpoint: "e", apiClass: "user", method: entry.0, parameters: ["password": "[REDACTED]"],
                auth: "post", httpStatus: 200, outcome: entry.1, response: "{}", durationMilliseconds: 1, attempt: 1)))
        }
        await harness.press(.character("4"), .character("e"))
        let path = try #require(harness.model.status?.text.split(separator: " ").last.map { String($0.dropLast()) })
        #expect(harness.model.status?.text.hasPrefix("Exported 2 requests to \(folder)/") == true)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains(#""outcome":"ERROR CITY_NOT_FOUND""#))
        await harness.stop()
    }

    @Test func keyBindingsOverrideAndConflicts() {
        let keys = KeyMap(overrides: ["refresh": ["R"], "quit": ["Q"]])
        #expect(keys.action(for: .character("R"), in: [.global]) == .refresh)
        #expect(keys.action(for: .character("r"), in: [.global]) == nil)
        #expect(keys.conflicts.isEmpty)
        let clash = KeyMap(overrides: ["add": ["j"], "bogus": ["z"]])
        #expect(clash.conflicts.contains(.unknownAction("bogus")))
        #expect(clash.conflictText(in: .english).contains("key j is bound to both"))
    }
}

@Suite("The profile switcher")
struct ProfileSwitcherTests {
    @Test func switchingReloadsEverythingFromTheOtherAccount() async throws {
        let other = try await ModelHarness()
        try other.server.store.setBalance("9.99")
        let harness = try await ModelHarness()
        let second = other
        harness.model = AppModel(
            session: harness.model.session, service: try await ModelHarness.service(of: harness),
            profiles: ["first", "second", "broken"],
            openProfile: { name in
                switch name {
                case "second":
                    return .success(ProfileConnection(
                        session: SessionInfo(user: "demo", endpoint: "second-endpoint", isSandbox: false, profile: "second", readOnly: true),
                        service: try! await ModelHarness.service(of: second)))
                default: return .failure(ProfileProblem("config.toml: profiles.broken: no password"))
                }
            })
        _ = harness.model.handle(.resized(columns: 80, rows: 24, pageSize: 5))
        await harness.settle(harness.model.start())
        #expect(harness.model.balance.balance?.text == "152.34")

        await harness.press(.character("p"))
        #expect(harness.model.overlay == .profiles(selection: 0))
        await harness.press(.down, .enter)
        #expect(harness.model.session.profile == "second")
        #expect(harness.model.session.readOnly)
        #expect(harness.model.balance.balance?.text == "9.99")
        #expect(harness.model.addresses.list.rows.count == 6)

        await harness.press(.character("p"), .down, .enter)
        #expect(harness.model.session.profile == "second")
        #expect(harness.model.status?.text == "Profile not opened: config.toml: profiles.broken: no password")
        await harness.stop()
        await other.stop()
    }
}
