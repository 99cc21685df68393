import Foundation

/// One text column of every row, as UTF-8 bytes laid end to end, for sorting many rows: a
/// comparison is then one `memcmp` on two slices, with no row copied and no string retained
/// (each copy of a row retains all its strings; sorting 100,000 addresses by name spent most
/// of its ~0.4 s on that).
struct SortKeys {
    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []

    init(_ keys: some Sequence<String>) {
        for key in keys {
            starts.append(bytes.count)
            bytes.append(contentsOf: key.utf8)
            lengths.append(bytes.count - starts.last!)
        }
    }

    /// Sorts `indices` by key (byte order, which is code-point order); `tie` decides between
    /// equal keys.
    func sort(_ indices: inout [Int], tie: (Int, Int) -> Bool) {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                lengths.withUnsafeBufferPointer { lengths in
                    func order(_ a: Int, _ b: Int) -> Int {
                        let common = min(lengths[a], lengths[b])
                        if common > 0, let base = bytes.baseAddress {
                            let result = memcmp(base + starts[a], base + starts[b], common)
                            if result != 0 { return Int(result) }
                        }
                        return lengths[a] - lengths[b]
                    }
                    indices.sort { a, b in
                        let result = order(a, b)
                        return result == 0 ? tie(a, b) : result < 0
                    }
                }
            }
        }
    }
}
