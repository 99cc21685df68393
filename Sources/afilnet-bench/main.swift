import AfilnetAPI
import Foundation
import MonkeySupport

// Times the client's decoding of a saved `getaddresses` response: afilnet-bench FILE [RUNS]
// Or runs the model monkey in this (release) build: afilnet-bench monkey FIRST-SEED SEEDS STEPS
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
