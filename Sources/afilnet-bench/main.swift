import AfilnetAPI
import Foundation

// Times the client's decoding of a saved `getaddresses` response: afilnet-bench FILE [RUNS]
let arguments = CommandLine.arguments
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
