import BalanceHistory
import Foundation
import Testing

/// The history's SQLite file: what goes in comes out, it stays private, it stays small, and
/// two processes appending at once lose nothing.
@Suite("Balance history store")
struct BalanceHistoryStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)/balance-history.sqlite").path
    }

    @Test func keepsWhatWasReadPerAccountAndPrivate() throws {
        let path = Self.temporaryPath()
        let store = try BalanceHistoryStore(path: path)
        let now = Date()
        try store.append(BalanceSample(time: now.addingTimeInterval(-60), amount: Decimal(string: "152.34")!, source: .ui), account: "demo@a")
        try store.append(BalanceSample(time: now, amount: Decimal(string: "10.500")!, source: .check), account: "demo@a")
        try store.append(BalanceSample(time: now, amount: 7, source: .cli), account: "other@b")
        let samples = try store.samples(account: "demo@a")
        #expect(samples.map(\.amount) == [Decimal(string: "152.34")!, Decimal(string: "10.5")!])
        #expect(samples.map(\.source) == [.ui, .check])
        #expect(try store.samples(account: "demo@a", since: now.addingTimeInterval(-1)).count == 1)
        #expect(try store.count(account: "other@b") == 1)
        for file in [path, path + "-wal"] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
        let folder = try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)[.posixPermissions] as? Int
        #expect(folder == 0o700)
    }

    /// A reading every 10 minutes for 120 days: the last week whole, then one an hour, and
    /// beyond 90 days one a day — the last of each, so the newest figure of each is kept.
    @Test func olderSamplesAreThinned() throws {
        let store = try BalanceHistoryStore(path: Self.temporaryPath())
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let samples = (0..<(120 * 144)).reversed().map { step in
            BalanceSample(time: now.addingTimeInterval(-Double(step) * 600), amount: Decimal(step), source: .seed)
        }
        try store.append(contentsOf: samples, account: "a")
        let kept = try store.samples(account: "a")
        let week = kept.filter { now.timeIntervalSince($0.time) < 7 * 86_400 }
        let hourly = kept.filter { (7 * 86_400..<90 * 86_400).contains(now.timeIntervalSince($0.time)) }
        let daily = kept.filter { now.timeIntervalSince($0.time) >= 90 * 86_400 }
        #expect(week.count == 7 * 144)
        let hours: ClosedRange<Int> = 1990...1994  // 83 days × 24, give or take the edges
        #expect(hours.contains(hourly.count), "\(hourly.count)")
        #expect((29...31).contains(daily.count), "\(daily.count)")
        // Each kept hour's sample is the last of its hour.
        for sample in hourly.prefix(50) {
            #expect(Int(sample.time.timeIntervalSince1970) % 3600 >= 3000, "\(sample.time)")
        }
        #expect(kept.count < 3500)
    }

    /// Two processes (`afilnet-bench history-append`) append 1,000 readings each to the same
    /// file at the same time: all 2,000 are there.
    @Test func twoProcessesAppendingAtOnceLoseNothing() throws {
        let path = Self.temporaryPath()
        _ = try BalanceHistoryStore(path: path)
        let bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("afilnet-bench")
        let processes = try ["first", "second"].map { name in
            let process = Process()
            process.executableURL = bench
            process.arguments = ["history-append", path, "shared", "1000", name == "first" ? "0" : "100000"]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let samples = try BalanceHistoryStore(path: path).samples(account: "shared")
        #expect(samples.count == 2000)
        #expect(Set(samples.map(\.amount)).count == 2000)
    }
}
