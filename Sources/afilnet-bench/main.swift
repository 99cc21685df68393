import AfilnetAPI
import Foundation
import AccountModel
import MonkeySupport
import TerminalUI

// Times the client's decoding of a saved `getaddresses` response: afilnet-bench FILE [RUNS]
// Or runs the model monkey in this (release) build: afilnet-bench monkey FIRST-SEED SEEDS STEPS
// Or times a row move (model + render) over N addresses: afilnet-bench moves N
let arguments = CommandLine.arguments
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
    FileHandle.standardError.write(Data("usage: afilnet-bench RESPONSE.json [RUNS]\n".utf8))
    exit(64)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let bytes = [UInt8](data)
var timings: [Double] = []
var count = 0
for _ in 0..<runs {
    let started = ContinuousClock.now
    count = try ResponseDecoder.addresses(bytes).count
    timings.append((ContinuousClock.now - started).milliseconds)
}
timings.sort()
print(String(format: "decoded %d addresses (%.1f MB): median %.1f ms, min %.1f ms over %d runs",
             count, Double(bytes.count) / 1e6, timings[timings.count / 2], timings[0], runs))
