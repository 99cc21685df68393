// libFuzzer entry point for the response decoder: whatever the bytes, decoding must end in a
// value or an AfilnetError, never a crash, a hang or unbounded memory.
// Built by scripts/fuzz-decoder with the decoder's own sources (no package dependencies).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? ResponseDecoder.balance(bytes)
    _ = try? ResponseDecoder.addresses(bytes)
    _ = try? ResponseDecoder.channels(bytes)
    _ = try? ResponseDecoder.acknowledgement(bytes)
    _ = TerminalSafeText.sanitize(String(decoding: bytes, as: UTF8.self))
    return 0
}
