import Foundation
import MonkeySupport
import Testing

/// `ModelMonkey` (random input to `AppModel` and the renderer, every frame checked) over a
/// few seeds; `MONKEY_STEPS` sets the inputs per seed, `PROPERTY_SEED` replays one seed.
@Suite("Model monkey: random input to AppModel and the renderer")
struct ModelMonkeyTests {
    static let steps = ProcessInfo.processInfo.environment["MONKEY_STEPS"].flatMap { Int($0) } ?? 2_000

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomInputNeverBreaksTheModelOrTheFrame(seed: UInt64) {
        let seed = ProcessInfo.processInfo.environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? seed
        if let failure = ModelMonkey.run(seed: seed, steps: Self.steps) {
            Issue.record("\(failure)\nreplay: PROPERTY_SEED=\(seed) MONKEY_STEPS=\(Self.steps)")
        }
    }
}
