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

    /// memcmp's answer for two byte strings (negative, zero or positive): code-point order
    /// for UTF-8.
    static func byteOrder(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        if common > 0, let l = left.baseAddress, let r = right.baseAddress {
            let result = memcmp(l, r, common)
            if result != 0 { return Int(result) }
        }
        return left.count - right.count
    }

    /// Sorts `indices` by key (byte order, which is code-point order); `tie` decides between
    /// equal keys.
    func sort(_ indices: inout [Int], tie: (Int, Int) -> Bool) {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                lengths.withUnsafeBufferPointer { lengths in
                    func key(_ row: Int) -> UnsafeBufferPointer<UInt8> {
                        UnsafeBufferPointer(rebasing: bytes[starts[row]..<starts[row] + lengths[row]])
                    }
                    indices.sort { a, b in
                        let result = Self.byteOrder(key(a), key(b))
                        return result == 0 ? tie(a, b) : result < 0
                    }
                }
            }
        }
    }
}
