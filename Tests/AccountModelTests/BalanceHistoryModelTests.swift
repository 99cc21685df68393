import AccountModel
import AfilnetAPI
import BalanceHistory
import Foundation
import Testing

/// The Balance pane's history against the sandbox: each read kept and read back, kept through
/// a failed read, and the chart's span switched by its key.
@Suite("Balance history in the model")
struct BalanceHistoryModelTests {
    static func history() throws -> AccountHistory {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-history-\(UUID().uuidString)/h.sqlite").path
        return AccountHistory(store: try BalanceHistoryStore(path: path), account: "demo@test")
    }

    @Test func everyReadIsKeptAndTheChartReadsItBack() async throws {
        let history = try Self.history()
        // Two days of older readings, so the forecast has whole days.
        let past = (1...48).map { hour in
            BalanceSample(time: Date().addingTimeInterval(-Double(49 - hour) * 3600), amount: Decimal(200 - hour), source: .seed)
        }
        try history.store.append(contentsOf: past, account: history.account)
        let harness = try await ModelHarness(history: history)
        #expect(harness.model.balance.hasHistory)
        #expect(harness.model.balance.history.count == 49)
        #expect(harness.model.balance.history.last?.source == .ui)
        #expect(harness.model.balance.history.last?.amount == Decimal(string: "152.34"))
        await harness.press(.character("1"), .character("r"))
        #expect(try history.store.count(account: "demo@test") == 50)
        #expect(harness.model.balance.forecast.perDay != nil)

        // The API away: no new reading, the history still shown.
        await harness.stop()
        await harness.press(.character("r"))
        #expect(harness.model.balance.error != nil)
        #expect(harness.model.balance.history.count == 50)
    }

    @Test func theRangeKeyCyclesTheSpans() async throws {
        let harness = try await ModelHarness(history: try Self.history())
        #expect(harness.model.balance.range == .day)
        await harness.press(.character("t"))
        #expect(harness.model.balance.range == .week)
        await harness.press(.character("t"))
        #expect(harness.model.balance.range == .month)
        await harness.press(.character("t"))
        #expect(harness.model.balance.range == .day)
        // Only on the Balance pane: on the list, t is nothing.
        await harness.press(.character("2"), .character("t"))
        #expect(harness.model.balance.range == .day)
        await harness.stop()
    }

    /// A history that cannot be kept is said once, as a warning; the balance is unaffected.
    @Test func aHistoryProblemIsSaidOnceAndTheBalanceStands() async throws {
        let harness = try await ModelHarness()
        let problem = HistoryProblem("disk I/O error")
        _ = harness.model.handle(.balanceLoaded(.success(Balance(text: "99.50")!), history: .failure(problem)))
        #expect(harness.model.status?.text == "Balance history not kept: disk I/O error")
        #expect(harness.model.status?.kind == .warning)
        #expect(harness.model.balance.balance?.text == "99.50")
        _ = harness.model.handle(.tick(harness.model.now.addingTimeInterval(10)))
        #expect(harness.model.status == nil)
        _ = harness.model.handle(.balanceLoaded(.success(Balance(text: "99.40")!), history: .failure(problem)))
        #expect(harness.model.status == nil)
        await harness.stop()
    }
}
