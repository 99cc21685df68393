import Foundation
@_exported import MonkeySupport
import Testing

/// A small seeded property runner for Swift Testing: each case gets a generator of its own,
/// derived from the run's seed; a failing case records the seed and the case number, and
/// `PROPERTY_SEED=… PROPERTY_CASES=…` replays it exactly.
public enum Property {
    /// The run's seed: `PROPERTY_SEED` when set (a replay), else new each run.
    public static var seed: UInt64 {
        if let text = ProcessInfo.processInfo.environment["PROPERTY_SEED"], let value = UInt64(text) { return value }
        return UInt64.random(in: 1...UInt64(UInt32.max))
    }

    /// Runs `body` for `cases` generated cases (`PROPERTY_CASES` overrides). `body` returns
    /// nil when the invariants hold, or what was broken; the first broken case stops the run
    /// and is recorded with the seed that replays it.
    public static func check(
        _ name: String, cases: Int = 500, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: (inout Generator) -> String?
    ) {
        let seed = Self.seed
        let count = ProcessInfo.processInfo.environment["PROPERTY_CASES"].flatMap { Int($0) } ?? cases
        var seeds = Generator(seed: seed)
        for number in 0..<count {
            var generator = Generator(seed: seeds.next())
            if let broken = body(&generator) {
                Issue.record(
                    "\(name): case \(number) broke: \(broken)\nreplay: PROPERTY_SEED=\(seed) PROPERTY_CASES=\(number + 1)",
                    sourceLocation: sourceLocation)
                return
            }
        }
    }
}
