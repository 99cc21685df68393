@testable import BalanceHistory
import Foundation
import PropertySupport
import Testing

/// The spool one-shot commands append to: every line comes back as it went in, the next
/// opener folds each reading in exactly once, and nothing is lost to a fold running beside
/// appenders, to a fold cut short or to a line cut by a crash.
@Suite("Balance spool: one-shot readings folded into the history")
struct BalanceSpoolTests {
    static func temporaryPath() -> String { BalanceHistoryStoreTests.temporaryPath() }

    @Test func everyReadingComesBackFromItsLine() {
        Property.check("line round trip", cases: 2000) { generator in
            let sample = BalanceSample(
                time: Date(timeIntervalSince1970: Double(generator.int(0...4_000_000_000)) + Double(generator.int(0...999_999)) / 1e6),
                amount: Decimal(string: "\(generator.int(-99_999...999_999)).\(generator.int(0...9999))")!,
                source: generator.pick(BalanceSample.Source.allCases))
            let account = HostileText.string(&generator) + generator.pick(["", "\\", "\\t", "\t", "\n", "\r\n", "\\\\n"])
            let line = BalanceSpool.line(sample, account: account)
            guard line.last == "\n", line.dropLast().allSatisfy({ $0 != "\n" && $0 != "\r" }) else { return "\(line.debugDescription): not one line" }
            guard line.filter({ $0 == "\t" }).count == 3 else { return "\(line.debugDescription): not four fields" }
            guard let back = BalanceSpool.reading(String(line.dropLast())) else { return "\(line.debugDescription): not read back" }
            guard back.sample == sample, back.account == account else { return "\(line.debugDescription): read back as \(back)" }
            return nil
        }
    }

    @Test func theNextOpenerFoldsTheReadingsInOnce() throws {
        let path = Self.temporaryPath()
        let now = Date()
        try BalanceSpool.append(BalanceSample(time: now.addingTimeInterval(-2), amount: 10, source: .cli), account: "a@x", database: path)
        try BalanceSpool.append(BalanceSample(time: now.addingTimeInterval(-1), amount: 9, source: .cli), account: "a@x", database: path)
        try BalanceSpool.append(BalanceSample(time: now, amount: 5, source: .cli), account: "tõnu\tšokk@y", database: path)
        let spool = BalanceSpool.path(beside: path)
        #expect(try FileManager.default.attributesOfItem(atPath: spool)[.posixPermissions] as? Int == 0o600)
        let store = try BalanceHistoryStore(path: path)
        #expect(try store.samples(account: "a@x").map(\.amount) == [10, 9])
        #expect(try store.count(account: "tõnu\tšokk@y") == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: spool)[.size] as? Int == 0)
        // Written while the store is open: seen at its next read, once.
        try BalanceSpool.append(BalanceSample(time: now.addingTimeInterval(1), amount: 8, source: .cli), account: "a@x", database: path)
        #expect(try store.samples(account: "a@x").map(\.amount) == [10, 9, 8])
        #expect(try BalanceHistoryStore(path: path).count(account: "a@x") == 3)
    }

    @Test func aFoldCutShortAndALineCutByACrashLoseAndDoubleNothing() throws {
        let path = Self.temporaryPath()
        let sample = BalanceSample(time: Date(), amount: 3, source: .cli)
        try BalanceSpool.append(sample, account: "a@x", database: path)
        #expect(try BalanceHistoryStore(path: path).count(account: "a@x") == 1)
        // The fold committed but died before emptying the file: the same line is there again,
        // after it a line cut mid-write.
        let spool = BalanceSpool.path(beside: path)
        let line = BalanceSpool.line(sample, account: "a@x")
        try Data((line + String(line.prefix(12))).utf8).write(to: URL(fileURLWithPath: spool))
        let store = try BalanceHistoryStore(path: path)
        #expect(try store.count(account: "a@x") == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: spool)[.size] as? Int == 0)
    }

    @Test func appendersBesideFoldersLoseNothing() async throws {
        let path = Self.temporaryPath()
        let base = Date()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for index in 0..<50 {
                        let time = base.addingTimeInterval(Double(writer * 1000 + index))
                        try BalanceSpool.append(BalanceSample(time: time, amount: Decimal(index), source: .cli), account: "a@x", database: path)
                        // Spread over the folds, so that lines arrive while one runs.
                        try await Task.sleep(for: .microseconds(300))
                    }
                }
            }
            group.addTask {
                for _ in 0..<20 { _ = try BalanceHistoryStore(path: path).count(account: "a@x") }
            }
            try await group.waitForAll()
        }
        #expect(try BalanceHistoryStore(path: path).count(account: "a@x") == 200)
    }

    @Test func aSpoolPastItsLimitIsFoldedByTheAppender() throws {
        let path = Self.temporaryPath()
        let spool = BalanceSpool.path(beside: path)
        let base = Date().addingTimeInterval(-86_400)
        var appended = 0
        var largest = 0
        while appended < 10_000 {
            try BalanceSpool.append(
                BalanceSample(time: base.addingTimeInterval(Double(appended)), amount: 1, source: .cli), account: "a@x", database: path)
            appended += 1
            let size = try FileManager.default.attributesOfItem(atPath: spool)[.size] as? Int ?? 0
            largest = max(largest, size)
            if size == 0 { break }
        }
        // The append that took it past the limit folded it: the largest size seen is just under.
        #expect(largest <= BalanceSpool.foldAbove && largest > BalanceSpool.foldAbove - 200)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try BalanceHistoryStore(path: path).count(account: "a@x") == appended)
    }
}
