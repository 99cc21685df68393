/// Decodes a `getaddresses` answer while it arrives: each record becomes an `Address` as soon
/// as its last byte is in, and the body itself is never kept, so a 100,000-address account
/// (23 MB of JSON) costs its addresses and little more. Records are those of `result` or
/// `result.list`; whatever else the body holds is checked at the end as usual.
public final class AddressListReader: ResponseReader {
    private var scanner = RecordScanner(recordDepths: [2, 3])
    private var addresses: [Address] = []
    private var failure: AfilnetError?

    public init() {}

    public func take(_ bytes: UnsafeRawBufferPointer) {
        scanner.feed(bytes) { record, _ in convert(record) }
    }

    public func finish() throws(AfilnetError) -> [Address] {
        let skeleton = scanner.finish()
        let remaining = try ResponseDecoder.list(of: try ResponseDecoder.result(
            of: skeleton, head: scanner.head, placeholders: true) { element, depth in
                self.scanner.recordDepths.contains(depth) ? self.convert(element) : false
            })
        if let failure { throw failure }
        // Anything not taken on the way (an unexpected shape) is checked the same way.
        for record in remaining { addresses.append(try ResponseDecoder.address(record, position: addresses.count)) }
        return addresses
    }

    /// Takes an object record (after a failure, only to drop it: the answer is an error).
    private func convert(_ record: JSONValue) -> Bool {
        guard case .object = record else { return false }
        guard failure == nil else { return true }
        do throws(AfilnetError) {
            addresses.append(try ResponseDecoder.address(record, position: addresses.count))
        } catch {
            failure = error
        }
        return true
    }
}
