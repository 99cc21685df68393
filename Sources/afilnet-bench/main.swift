import AfilnetAPI
import Foundation
import AccountModel
import BalanceHistory
import MonkeySupport
import TerminalUI

// Times the client's decoding of a saved `getaddresses` response: afilnet-bench FILE [RUNS]
// Or runs the model monkey in this (release) build: afilnet-bench monkey FIRST-SEED SEEDS STEPS
// Or times a row move (model + render) over N addresses: afilnet-bench moves N
// Or appends N readings (amounts OFFSET…) to a history, one transaction each, as a second
// process would: afilnet-bench history-append FILE ACCOUNT N OFFSET
// Or times a frame of the balance pane drawn from N readings: afilnet-bench chart N
let arguments = CommandLine.arguments
if arguments.count == 6, arguments[1] == "history-append", let count = Int(arguments[4]), let offset = Int(arguments[5]) {
    let history = AccountHistory(store: try BalanceHistoryStore(path: arguments[2]), account: arguments[3])
    for index in 0..<count { try history.record(Decimal(offset + index), source: .cli) }
    exit(0)
}
if arguments.count == 3, arguments[1] == "chart", let count = Int(arguments[2]) {
    // N readings over the last 7 days (a UI refreshing every minute keeps about 10,000).
    let now = Date()
    let samples = (0..<count).map { index -> BalanceSample in
        let back: Double = 7 * 86_400 * Double(count - index) / Double(count)
        let amount: Int = 500 - index / 20 + index % 7
        return BalanceSample(time: now.addingTimeInterval(-back), amount: Decimal(amount), source: .ui)
    }
    // The chart's cost: the frame with the history, less the same frame without one.
    func frames(_ model: AppModel) -> (median: Double, p99: Double) {
        var times: [Double] = []
        for _ in 0..<400 {
            let started = ContinuousClock.now
            _ = Renderer.render(model)
            times.append((ContinuousClock.now - started).milliseconds)
        }
        times.sort()
        return (times[200], times[395])
    }
    for (columns, rows) in [(80, 24), (200, 60)] {
        var bare = ModelMonkey.startingModel(language: .english)
        _ = bare.handle(.resized(columns: columns, rows: rows, pageSize: 10))
        let base = frames(bare)
        for (presses, range) in [(0, "24 h"), (1, "7 d"), (2, "30 d")] {
            var model = bare
            _ = model.handle(.balanceLoaded(.success(Balance(text: "152.34")!), history: .success(samples)))
            for _ in 0..<presses { _ = model.handle(.key(.character("t"))) }
            let with = frames(model)
            print(String(format: "balance pane %dx%d, %@, %d readings: frame median %.3f ms (p99 %.3f), without a history %.3f ms: the chart %.3f ms",
                         columns, rows, range, count, with.median, with.p99, base.median, with.median - base.median))
        }
    }
    exit(0)
}
if arguments.count == 5, arguments[1] == "monkey", let first = UInt64(arguments[2]), let seeds = UInt64(arguments[3]), let steps = Int(arguments[4]) {
    let started = ContinuousClock.now
    for seed in first..<(first + seeds) {
        if let failure = ModelMonkey.run(seed: seed, steps: steps) {
            print("MODEL MONKEY FAILED: \(failure)")
            exit(1)
        }
    }
    let seconds = (ContinuousClock.now - started).milliseconds / 1000
    print(String(format: "model monkey: seeds %llu-%llu, %d inputs each, %llu inputs, 0 failures, %.0f s", first, first + seeds - 1, steps, seeds * UInt64(steps), seconds))
    exit(0)
}
if arguments.count == 3, arguments[1] == "moves", let count = Int(arguments[2]) {
    var model = ModelMonkey.startingModel(language: .english)
    let rows = (0..<count).map { n in
        Address(id: Int64(1000 + n), contactName: "Person \(n)", isCompany: n % 3 == 0, companyName: "Firma \(n)", documentID: "D\(n)",
                countryCode: "EE", cityID: 1, cityName: "Tallinn", zipCode: "10115", street: "Street \(n)", verified: true, addressVerified: false)
    }
    _ = model.handle(.addressesLoaded(.success(rows)))
    _ = model.handle(.key(.character("2")))
    var handle: [Double] = [], render: [Double] = []
    for _ in 0..<300 {
        let a = ContinuousClock.now
        _ = model.handle(.key(.down))
        _ = model.handle(.tick(model.now))
        let b = ContinuousClock.now
        _ = Renderer.render(model)
        let c = ContinuousClock.now
        handle.append((b - a).milliseconds)
        render.append((c - b).milliseconds)
    }
    handle.sort(); render.sort()
    print(String(format: "row move over %d addresses: handle median %.3f ms, render median %.3f ms", count, handle[150], render[150]))
    exit(0)
}
guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: afilnet-bench RESPONSE.json|RESPONSE.xml [RUNS]\n".utf8))
    exit(64)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let bytes = [UInt8](data)
var timings: [Double] = []
var count = 0
for _ in 0..<runs {
    let started = ContinuousClock.now
    // A .xml file is a SOAP answer: translated to the envelope, then the same decoder.
    count = try arguments[1].hasSuffix(".xml") ? ResponseDecoder.addresses(soap: bytes).count : ResponseDecoder.addresses(bytes).count
    timings.append((ContinuousClock.now - started).milliseconds)
}
timings.sort()
print(String(format: "decoded %d addresses (%.1f MB): median %.1f ms, min %.1f ms over %d runs",
             count, Double(bytes.count) / 1e6, timings[timings.count / 2], timings[0], runs))
