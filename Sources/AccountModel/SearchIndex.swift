import CLibcExtras
import Foundation
import Synchronization

/// The searchable text of every row of a list, folded once (`SearchFold`) and laid end to
/// end, so a filter key is one `memmem` pass over a few megabytes instead of folding 800,000
/// fields. A row's fields are kept apart by a byte no filter can contain (0x1F).
///
/// Folding 100,000 rows takes a few hundred milliseconds, so it is done when first needed,
/// or ahead of that by `prepare()` off the loop's thread once the list is on screen (the
/// list must not wait for it); a search that comes first waits for it, off the thread too.
public final class SearchIndex: Sendable {
    public let rowCount: Int
    private let plain: Mutex<Folded?>
    /// The marked folding, needed only once a filter carries a mark (most never do): half
    /// the memory otherwise.
    private let marked: Mutex<Folded?>
    private let fold: @Sendable (SearchFold.Mode) -> Folded

    static let separator: UInt8 = 0x1F

    /// One folding of the rows: bytes laid end to end, where each entry starts (one more:
    /// the end), and which row each entry is (nil: entry n is row n).
    struct Folded: Sendable {
        var bytes: [UInt8] = []
        var starts: [UInt32] = [0]
        var rows: [UInt32]?
    }

    public init<Row: Sendable>(_ rows: [Row], fields: @escaping @Sendable (Row) -> [String]) {
        rowCount = rows.count
        plain = Mutex(nil)
        marked = Mutex(nil)
        fold = { Self.fold(rows, fields, $0) }
    }

    /// Folds now (call off the loop's thread), so the first filter key finds it done: the
    /// plain text, then the marked one.
    public func prepare() {
        _ = folding(.plain)
        _ = folding(.marked)
    }

    /// The marked folding leaves out rows that are pure ASCII: a filter that carries a mark
    /// (the only kind searched there) cannot match them, and most rows of most accounts are.
    private static func fold<Row>(_ rows: [Row], _ fields: (Row) -> [String], _ mode: SearchFold.Mode) -> Folded {
        var folded = Folded()
        // Sized first (folding keeps ASCII's length, and rarely changes others'), so the buffer
        // is not regrown while 100,000 rows are folded: a regrowth holds both copies at once.
        var size = 0
        var kept: [Int] = []
        for (index, row) in rows.enumerated() {
            let texts = fields(row)
            if mode == .marked, texts.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) { continue }
            kept.append(index)
            for field in texts { size += field.utf8.count + 1 }
        }
        folded.starts.reserveCapacity(kept.count + 1)
        folded.bytes.reserveCapacity(size + size / 64)
        for index in kept {
            for field in fields(rows[index]) {
                SearchFold.append(field, mode, to: &folded.bytes)
                folded.bytes.append(Self.separator)
            }
            folded.starts.append(UInt32(folded.bytes.count))
        }
        if mode == .marked { folded.rows = kept.map { UInt32($0) } }
        return folded
    }

    private func folding(_ mode: SearchFold.Mode) -> Folded {
        let fold = self.fold
        if mode == .plain {
            return plain.withLock { stored in
                if let stored { return stored }
                stored = fold(.plain)
                return stored!
            }
        }
        return marked.withLock { stored in
            if let stored { return stored }
            stored = fold(.marked)
            return stored!
        }
    }

    /// Which rows hold `needle`, as a flag per row; nil when `cancelled` said stop (a newer
    /// key made this search useless). Asked every few thousand rows.
    public func matches(_ needle: SearchNeedle, cancelled: () -> Bool = { false }) -> [Bool]? {
        var found = [Bool](repeating: false, count: rowCount)
        guard !needle.bytes.isEmpty else { return [Bool](repeating: true, count: rowCount) }
        let folded = folding(needle.mode)
        let (haystack, starts, entries) = (folded.bytes, folded.starts, folded.rows)
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
                    found[entries.map { Int($0[row]) } ?? row] = true
                    offset = Int(starts[row + 1])
                    checks += 1
                    if checks & 0xFFF == 0, cancelled() { return true }
                }
                return false
            }
        }
        return stop ? nil : found
    }

    /// The last row whose start is at or before `position` (binary search from `from`).
    private static func row(containing position: Int, in starts: [UInt32], from: Int) -> Int {
        var low = from, high = starts.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(starts[middle]) <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
