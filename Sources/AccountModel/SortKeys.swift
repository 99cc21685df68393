import Foundation

/// One text column of every row, as UTF-8 bytes laid end to end, for sorting many rows: a
/// comparison is then one `memcmp` on two slices, with no row copied and no string retained
/// (each copy of a row retains all its strings; sorting 100,000 addresses by name spent most
/// of its ~0.4 s on that).
struct SortKeys {
    private var bytes: [UInt8] = []
    /// Where each key starts in `bytes`, and one more entry: where the last one ends.
    private var offsets: [Int] = [0]

    init(_ keys: some Sequence<String>) {
        for key in keys {
            bytes.append(contentsOf: key.utf8)
            offsets.append(bytes.count)
        }
    }

    /// Sorts `indices` by key in byte order (code-point order for UTF-8); `tie` decides
    /// between equal keys.
    func sort(_ indices: inout [Int], tie: (Int, Int) -> Bool) {
        bytes.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                /// memcmp's answer for the keys of two rows: negative, zero or positive.
                func order(_ a: Int, _ b: Int) -> Int {
                    let (lengthA, lengthB) = (offsets[a + 1] - offsets[a], offsets[b + 1] - offsets[b])
                    let common = min(lengthA, lengthB)
                    if common > 0, let base = bytes.baseAddress {
                        let result = memcmp(base + offsets[a], base + offsets[b], common)
                        if result != 0 { return Int(result) }
                    }
                    return lengthA - lengthB
                }
                indices.sort { a, b in
                    let result = order(a, b)
                    return result == 0 ? tie(a, b) : result < 0
                }
            }
        }
    }
}
