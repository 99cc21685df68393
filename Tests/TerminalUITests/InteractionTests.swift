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
}
