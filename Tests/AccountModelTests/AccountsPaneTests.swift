import AccountModel
import AfilnetAPI
import Foundation
import Testing

/// The Accounts pane as the model has it: read when first shown (each account its own read),
/// rows filled as answers come, Enter moves the session, `r` reads them all again.
@Suite("The Accounts pane: one row per profile, each read on its own")
struct AccountsPaneTests {
    static func model() -> AppModel {
        var model = EffectTests.model(profiles: ["prod", "staging", "test"], openProfile: { _ in .failure(ProfileProblem("unused")) })
        _ = model.handle(.resized(columns: 120, rows: 30, pageSize: 20))
        return model
    }

    static func reading(_ profile: String, _ balance: String?, _ state: AccountReading.State) -> AccountReading {
        AccountReading(
            profile: profile, user: "demo", endpoint: "https://\(profile).example/api/http/", wayIn: "http post", balance: balance,
            readAt: balance == nil ? nil : Date(timeIntervalSince1970: 1_796_000_000), state: state)
    }

    @Test func showingItReadsEveryAccountOnceAndEachAnswerFillsItsRow() {
        var model = Self.model()
        #expect(model.accounts.list.rows.map(\.profile) == ["prod", "staging", "test"])
        let effects = EffectTests.press(&model, .character("5"))
        #expect(model.focus == .accounts)
        #expect(effects == [.readAccount("prod"), .readAccount("staging"), .readAccount("test")])
        // Shown again while they are on their way: nothing asked twice.
        #expect(EffectTests.press(&model, .character("1"), .character("5")).isEmpty)
        _ = model.handle(.accountRead(Self.reading("staging", "5", .critical)))
        #expect(model.accounts.list.rows[1].reading?.state == .critical)
        #expect(model.accounts.list.rows[0].reading == nil)
        #expect(model.isInFlight(.account("prod")) && !model.isInFlight(.account("staging")))
        _ = model.handle(.accountRead(Self.reading("prod", nil, .failed("the connection was refused"))))
        _ = model.handle(.accountRead(Self.reading("test", "152.34", .ok)))
        // Read: shown again, nothing; `r` reads all of them again.
        #expect(EffectTests.press(&model, .character("1"), .character("5")).isEmpty)
        #expect(EffectTests.press(&model, .character("r")) == [.readAccount("prod"), .readAccount("staging"), .readAccount("test")])
    }

    @Test func enterMovesTheSessionToTheRowsAccountAndSortingGoesByBalance() {
        var model = Self.model()
        _ = EffectTests.press(&model, .character("5"))
        for reading in [Self.reading("prod", "152.34", .ok), Self.reading("staging", "5", .critical), Self.reading("test", "40", .low)] {
            _ = model.handle(.accountRead(reading))
        }
        #expect(model.accounts.live == "test")
        #expect(EffectTests.press(&model, .enter) == [.openProfile("prod")])
        // Sorted by the balance column (the third `s`): lowest first.
        _ = EffectTests.press(&model, .character("s"), .character("s"), .character("s"))
        #expect(model.accounts.list.visible.map { model.accounts.list.rows[$0].profile } == ["staging", "test", "prod"])
    }

    @Test func withNoProfilesTheLiveAccountIsTheOneRow() {
        var model = EffectTests.model()
        #expect(model.accounts.list.rows.map(\.profile) == ["test"])
        #expect(EffectTests.press(&model, .character("5")) == [.readAccount("test")])
    }
}
