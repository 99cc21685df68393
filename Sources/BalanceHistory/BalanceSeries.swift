import Foundation

/// Readings as plain numbers (Unix seconds, balance), oldest first: what the forecast and the
/// chart compute with. Made once per history read — a `Decimal` converted on every frame
/// would cost more than drawing the chart.
public struct BalanceSeries: Sendable, Equatable {
    public let times: [Double]
    public let values: [Double]

    public init(_ samples: [BalanceSample]) {
        times = samples.map { $0.time.timeIntervalSince1970 }
        values = samples.map(\.value)
    }

    public init(times: [Double], values: [Double]) {
        precondition(times.count == values.count)
        self.times = times
        self.values = values
    }

    public var count: Int { times.count }

    /// The first index at or after `time`.
    public func firstIndex(atOrAfter time: Double) -> Int {
        var low = 0, high = times.count
        while low < high {
            let middle = (low + high) / 2
            if times[middle] < time { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The times of the readings higher than the one before: top-ups (the chart marks them).
    public var topUps: [Double] {
        times.indices.dropFirst().compactMap { values[$0] > values[$0 - 1] ? times[$0] : nil }
    }
}
