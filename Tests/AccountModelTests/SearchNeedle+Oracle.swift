import CLibcExtras
@testable import AccountModel

extension SearchNeedle {
    /// Whether `field` holds the text, folded alike: the slow way, one field at a time — the
    /// truth the tests hold `SearchIndex` and `ListState` to.
    func found(in field: String) -> Bool {
        guard !bytes.isEmpty else { return true }
        let haystack = SearchFold.folded(field, mode)
        guard haystack.count >= bytes.count else { return false }
        return haystack.withUnsafeBytes { hay in
            bytes.withUnsafeBytes { pin in afl_memmem(hay.baseAddress, hay.count, pin.baseAddress, pin.count) != nil }
        }
    }
}
