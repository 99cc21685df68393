import Synchronization

/// What a faulty network or server does to a response (`--fault`).
///
/// `http500`, `html502` and `reset` strike before the request is processed (nothing is
/// applied); `truncated` and `slow` strike after it (a write *is* applied, only the answer is
/// lost or late) — the case that tests a client's handling of writes with unknown outcome.
public enum FaultMode: String, Sendable, CaseIterable {
    /// HTTP 500 with the body `Internal Server Error\n`.
    case http500
    /// HTTP 502 with the HTML page a reverse proxy shows (`FaultInjection.badGatewayPage`).
    case html502
    /// HTTP 200 carrying only the first half of the JSON body (Content-Length matches it).
    case truncated
    /// The connection is closed with a TCP reset and no response.
    case reset
    /// The full response, sent only after `slowDelay`.
    case slow

    var strikesBeforeProcessing: Bool { self == .http500 || self == .html502 || self == .reset }
}

/// Decides, request by request, whether a fault strikes: with probability `rate`, drawn from
/// a PRNG seeded with `seed`, so a run with the same seed and request order repeats exactly.
public final class FaultInjection: Sendable {
    public static let badGatewayPage = """
        <html>\r
        <head><title>502 Bad Gateway</title></head>\r
        <body>\r
        <center><h1>502 Bad Gateway</h1></center>\r
        <hr><center>nginx</center>\r
        </body>\r
        </html>\r

        """

    /// The kinds a struck request draws from, at random (`--fault all` or a list): a
    /// realistic bad network mixes them. `mode` alone when only one is given.
    public let modes: [FaultMode]
    public let rate: Double
    public let slowDelay: Duration
    /// Only calls of these API methods are struck (all when nil).
    public let methods: Set<String>?
    private let generator: Mutex<SplitMix64>

    public convenience init(
        mode: FaultMode?, rate: Double = 1, seed: UInt64 = 1, slowDelay: Duration = .seconds(15),
        methods: Set<String>? = nil
    ) {
        self.init(modes: mode.map { [$0] } ?? [], rate: rate, seed: seed, slowDelay: slowDelay, methods: methods)
    }

    public init(
        modes: [FaultMode], rate: Double = 1, seed: UInt64 = 1, slowDelay: Duration = .seconds(15),
        methods: Set<String>? = nil
    ) {
        self.modes = modes
        self.rate = rate
        self.methods = methods
        self.slowDelay = slowDelay
        self.generator = Mutex(SplitMix64(seed: seed))
    }

    /// The fault for the next request (a call of `method`), if one strikes.
    func draw(method: String) -> FaultMode? {
        guard !modes.isEmpty, rate > 0, methods?.contains(method) ?? true else { return nil }
        return generator.withLock { dice in
            guard rate >= 1 || dice.nextUnit() < rate else { return nil }
            return modes.count == 1 ? modes[0] : modes[Int(dice.next() % UInt64(modes.count))]
        }
    }

    /// Parses `--fault`: one kind, a comma-separated list, or `all`.
    public static func parseModes(_ text: String) throws -> [FaultMode] {
        if text == "all" { return FaultMode.allCases }
        return try text.split(separator: ",").map { name in
            guard let mode = FaultMode(rawValue: String(name)) else {
                throw FaultListError(name: String(name))
            }
            return mode
        }
    }
}

/// A `--fault` list naming a kind that does not exist.
public struct FaultListError: Error, CustomStringConvertible {
    public let name: String
    public var description: String {
        "unknown fault '\(name)'; use all or a list of \(FaultMode.allCases.map(\.rawValue).joined(separator: ","))"
    }
}

/// A tiny, well-known PRNG (Vigna's SplitMix64): reproducible across platforms and runs.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform sample in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }
}
