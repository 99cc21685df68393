import AccountModel
import AfilnetAPI
import Testing
@testable import TerminalUI

@Suite("Mouse hit-testing and key rebinding, as rendered")
struct InteractionTests {
    @Test func clicksLandOnTabsRowsAndTheOnOffCell() {
        var model = SnapshotTests.model(columns: 80, rows: 24)
        // Tabs: " 1 Balance " from column 1, then " 2 Addresses "…
        #expect(HitTest.message(forClickAt: 15, 1, in: model).map(describe) == "tab addresses")
        _ = model.handle(.clickTab(.addresses))
        #expect(model.focus == .addresses)
        // Row 0 of the table is screen line 4 (header 0, tabs 1, box top 2, column titles 3).
        let third = HitTest.message(forClickAt: 20, 6, in: model)
        #expect(third.map(describe) == "row 2")
        _ = model.handle(third!)
        #expect(model.addresses.list.selected?.id == 1002)
        #expect(HitTest.message(forClickAt: 20, 20, in: model) == nil)  // below the last row
        _ = model.handle(.wheel(3))
        #expect(model.addresses.list.selected?.id == 1005)

        _ = model.handle(.clickTab(.channels))
        #expect(HitTest.message(forClickAt: 20, 4, in: model).map(describe) == "row 0")
        #expect(HitTest.message(forClickAt: 75, 4, in: model).map(describe) == "row 0, activate")
    }

    @Test func theTerminalCursorFollowsEditingInFieldsAndTheFilter() {
        var model = SnapshotTests.model(columns: 80, rows: 24)
        _ = model.handle(.key(.character("2")))
        #expect(Renderer.render(model).cursor == nil)  // hidden outside a text field
        _ = model.handle(.key(.character("a")))
        let long = "Kalle Õunapuu of 東京 商事, Narva maantee"  // longer than the 30-cell field
        for character in long { _ = model.handle(.key(.character(character))) }
        var grid = Renderer.render(model)
        var row = grid.text.split(separator: "\n")[6]
        // The end is in sight, after a … mark; the cursor sits after it.
        #expect(row.contains("…") && row.contains("Narva maantee"))
        let fieldX = try! #require(grid.cursor).x - 29
        _ = model.handle(.key(.home))
        grid = Renderer.render(model)
        row = grid.text.split(separator: "\n")[6]
        #expect(row.contains("Kalle Õunapuu") && !row.contains("…Kalle"))
        #expect(grid.cursor == Grid.Position(x: fieldX, y: 6))
        // ^E, three to the left, a word removed before the cursor: the text and cursor agree.
        for key: Key in [.control("e"), .left, .left, .left, .control("w")] { _ = model.handle(.key(key)) }
        #expect(model.form.text[.contactName] == "Kalle Õunapuu of 東京 商事, Narva tee")
        _ = model.handle(.key(.escape))

        _ = model.handle(.key(.character("/")))
        for character in "Jane" { _ = model.handle(.key(.character(character))) }
        _ = model.handle(.key(.left))
        _ = model.handle(.key(.left))
        grid = Renderer.render(model)
        #expect(grid.cursor == Grid.Position(x: 3, y: 22))  // after "/Ja"
        _ = model.handle(.key(.delete))
        #expect(model.filterDraft == "Jae")
    }

    @Test func aFieldWindowKeepsTheCursorInSight() {
        let wide = LineEditor("東京商事株式会社")
        let end = FieldWindow(wide, columns: 8)
        #expect(end.shown == "…式会社" && end.cursorColumn == 7)
        var editor = wide
        for _ in 0..<2 { editor.edit(.left) }
        let middle = FieldWindow(editor, columns: 8)
        #expect(middle.shown == "…事株式会社" && middle.cursorColumn == 7)  // after 式
        editor.edit(.home)
        #expect(FieldWindow(editor, columns: 8).cursorColumn == 0)
        #expect(FieldWindow(LineEditor("short"), columns: 8).shown == "short")
    }

    @Test func aLongResponseWrapsAndIsCutWhereTheScreenEnds() {
        var grid = Grid(width: 80, height: 24)
        let response = (0..<400).map { "\"id\":\($0)" }.joined(separator: ",")
        OverlayViews.details("Request", [("Response", response)], .english, in: Rect(x: 0, y: 2, width: 80, height: 19), grid: &grid)
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[3].contains("Response") && rows[3].contains("\"id\":0,"))
        #expect(rows[17].hasSuffix("… │  "))  // 15 rows of it, the last one cut
        #expect(rows[19].contains("Any key closes.") && rows[20].hasPrefix("  └"))
    }

    @Test func aRebindingChangesDispatchFooterAndHelp() {
        let client = AfilnetClient(
            configuration: ClientConfiguration(endpoint: try! Endpoint("http://127.0.0.1:9/"), credentials: Credentials(user: "u", password: "p")),
            transport: AsyncHTTPTransport())
        var model = AppModel(
            session: SessionInfo(user: "u", endpoint: "e", isSandbox: true, profile: "p", readOnly: false),
            service: AccountService(client: client), keys: KeyMap(overrides: ["refresh": ["R"], "help": ["F1"]]))
        _ = model.handle(.resized(columns: 80, rows: 24, pageSize: 17))
        let footer = Renderer.render(model).text.split(separator: "\n").last ?? ""
        #expect(footer.contains("F1 help"))
        #expect(footer.contains("R refresh"))
        #expect(!footer.contains("r refresh"))
        #expect(model.keys.action(for: .character("?"), in: model.scopes) == nil)
        _ = model.handle(.key(.function(1)))
        #expect(model.overlay == .help)
        let line = Renderer.render(model).text.split(separator: "\n").first { $0.contains("refresh the pane") } ?? ""
        #expect(line.contains(" R ") && !line.contains(" r "))
    }

    func describe(_ message: AppMessage) -> String {
        switch message {
        case .clickTab(let pane): "tab \(pane)"
        case .clickRow(let position, let activate): "row \(position)" + (activate ? ", activate" : "")
        default: "other"
        }
    }

    /// At 80×24 the server's reason beside a field does not fit: it ends in …, never cut
    /// mid-word without a mark ("CITY_NOT_FOUND: that cit").
    @Test func aFieldNoteTooLongForTheLineEndsInAnEllipsis() {
        var model = SnapshotTests.model(columns: 80, rows: 24)
        _ = model.handle(.key(.character("2")))
        _ = model.handle(.key(.character("a")))
        let sent = NewAddress(contactName: "Mari Tamm", documentID: "1", countryCode: "EE", cityID: 99, cityName: "Tartu", zipCode: "1", street: "x")
        _ = model.handle(.addressAdded(sent, .failure(.api(.cityNotFound))))
        let line = Renderer.render(model).text.split(separator: "\n").first { $0.contains("CITY_NOT_FOUND") }
        #expect(line?.contains("…") == true, "\(line ?? "no note")")
    }
}
