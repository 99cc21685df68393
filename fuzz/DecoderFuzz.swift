// libFuzzer entry point for the response decoder: whatever the bytes, decoding must end in a
// value or an AfilnetError, never a crash, a hang or unbounded memory; and the address list
// read as it arrives (in chunks cut where the input says) must come out exactly as the same
// bytes parsed in one go.
// Built by scripts/fuzz-decoder with the decoder's own sources (no package dependencies).

import TerminalText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? ResponseDecoder.balance(bytes)
    _ = try? ResponseDecoder.channels(bytes)
    _ = try? ResponseDecoder.acknowledgement(bytes)
    _ = TerminalSafeText.sanitize(String(decoding: bytes, as: UTF8.self))

    let whole = Result { () throws(AfilnetError) in try ResponseDecoder.addressesInOneGo(bytes) }
    let reader = AddressListReader()
    var start = 0
    // The first byte picks the chunk size, so the fuzzer explores the cuts too.
    let step = max(1, Int(bytes.first ?? 1) % 17)
    while start < bytes.count {
        let end = min(bytes.count, start + step)
        bytes[start..<end].withUnsafeBytes { reader.take($0) }
        start = end
    }
    let streamed = Result { () throws(AfilnetError) in try reader.finish() }
    switch (whole, streamed) {
    case (.success(let a), .success(let b)) where a == b: break
    case (.failure(let a), .failure(let b)) where a == b: break
    default: fatalError("streamed and whole decoding differ: \(whole) vs \(streamed)")
    }
    return 0
}
