import Foundation
import Testing

/// A small seeded property runner for Swift Testing: each case gets a generator of its own,
/// derived from the run's seed; a failing case records the seed and the case number, and
/// `PROPERTY_SEED=… PROPERTY_CASES=…` replays it exactly. (Vigna's SplitMix64: the same
/// numbers on every platform.)
public struct Generator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    public mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

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

/// Text as users, pastes and servers deliver it: Estonian letters, NFD sequences, combining
/// marks in stacks, ZWJ emoji, flags, CJK and fullwidth forms, right-to-left text and bidi
/// controls, zero-width characters, C0/C1 controls and escapes, and random scalars.
public enum HostileText {
    public static let pools: [[String]] = [
        ["õ", "ä", "ö", "ü", "š", "ž", "Õ", "Ä", "Ö", "Ü", "Š", "Ž", "Tõnis", "Õunapuu OÜ", "Pärnu"],
        ["e\u{301}", "O\u{303}", "a\u{308}", "\u{303}", "\u{301}", "n\u{303}\u{301}\u{323}", "Z\u{351}\u{352}\u{353}\u{354}\u{355}\u{356}"],
        ["👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇪🇪", "🇪", "❤️", "\u{200D}", "\u{FE0F}", "😀"],
        ["東", "京", "商事", "한국어", "ｆｕｌｌ", "丸の内"],
        ["שלום", "مرحبا", "\u{202E}", "\u{202C}", "\u{2067}", "\u{2069}", "\u{200F}"],
        ["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}"],
        ["\u{1B}", "\u{1B}]52;c;aGk=\u{7}", "\u{7}", "\n", "\r", "\t", "\u{0}", "\u{85}", "\u{9B}", "\u{7F}"],
        ["a", "b", "z", " ", "  ", "-", ".", "1", "Tallinn", "Mari Tamm"],
    ]

    public static func string(_ generator: inout Generator, pieces: ClosedRange<Int> = 0...12) -> String {
        var text = ""
        for _ in 0..<generator.int(pieces) {
            if generator.chance(0.1) {
                text.unicodeScalars.append(scalar(&generator))
            } else {
                text += generator.pick(generator.pick(pools))
            }
        }
        return text
    }

    public static func scalar(_ generator: inout Generator) -> Unicode.Scalar {
        while true {
            let value: UInt32 = switch generator.int(0...2) {
            case 0: UInt32(generator.int(0x20...0x7E))
            case 1: UInt32(generator.int(0xA0...0xFFFF))
            default: UInt32(generator.int(0x10000...0x10FFFF))
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }
}
