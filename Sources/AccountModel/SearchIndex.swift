import CLibcExtras
import Foundation
import Synchronization

/// The searchable text of every row of a list, folded once (`SearchFold`) when the rows
/// arrive — off the loop's thread for a list read from the server — and laid end to end,
/// so a filter key is one `memmem` pass over a few megabytes instead of folding 800,000
/// fields. A row's fields are kept apart by a byte no filter can contain (0x1F).
public final class SearchIndex: Sendable {
    public let rowCount: Int
    private let plain: [UInt8]
    private let marked: [UInt8]
    /// Where each row starts in `plain` / `marked`, and one more entry: the end.
    private let plainStarts: [Int]
    private let markedStarts: [Int]

    static let separator: UInt8 = 0x1F

    public init<Row>(_ rows: [Row], fields: (Row) -> [String]) {
        var plain: [UInt8] = [], marked: [UInt8] = []
        var plainStarts = [0], markedStarts = [0]
        plainStarts.reserveCapacity(rows.count + 1)
        markedStarts.reserveCapacity(rows.count + 1)
        for row in rows {
            for field in fields(row) {
                SearchFold.append(field, .plain, to: &plain)
                plain.append(Self.separator)
                SearchFold.append(field, .marked, to: &marked)
                marked.append(Self.separator)
            }
            plainStarts.append(plain.count)
            markedStarts.append(marked.count)
        }
        rowCount = rows.count
        self.plain = plain
        self.marked = marked
        self.plainStarts = plainStarts
        self.markedStarts = markedStarts
    }

    /// Which rows hold `needle`, as a flag per row; nil when `cancelled` said stop (a newer
    /// key made this search useless). Asked every few thousand rows.
    public func matches(_ needle: SearchNeedle, cancelled: () -> Bool = { false }) -> [Bool]? {
        var found = [Bool](repeating: false, count: rowCount)
        guard !needle.bytes.isEmpty else { return [Bool](repeating: true, count: rowCount) }
        let (haystack, starts) = needle.mode == .plain ? (plain, plainStarts) : (marked, markedStarts)
        let stop = haystack.withUnsafeBytes { hay -> Bool in
            needle.bytes.withUnsafeBytes { pin -> Bool in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
                var offset = 0
                var row = 0
                var checks = 0
                while offset < hay.count {
                    guard let hit = afl_memmem(base + offset, hay.count - offset, pinBase, pin.count) else { break }
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    // The row holding `position`: rows come in order, so search forward.
                    row = Self.row(containing: position, in: starts, from: row)
                    found[row] = true
                    offset = starts[row + 1]
                    checks += 1
                    if checks & 0xFFF == 0, cancelled() { return true }
                }
                return false
            }
        }
        return stop ? nil : found
    }

    /// The last row whose start is at or before `position` (binary search from `from`).
    private static func row(containing position: Int, in starts: [Int], from: Int) -> Int {
        var low = from, high = starts.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
