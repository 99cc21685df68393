/// Where a 200 answer's body goes, chunk by chunk as it arrives.
public protocol BodySink: AnyObject {
    func take(_ bytes: UnsafeRawBufferPointer)
}

/// Decodes an answer from its body as it arrives.
public protocol ResponseReader<Value>: BodySink {
    associatedtype Value
    func finish() throws(AfilnetError) -> Value
}

/// For answers decoded whole (small ones): keeps the body, decodes it at the end.
public final class WholeBodyReader<Value>: ResponseReader {
    private var body: [UInt8] = []
    private let decode: ([UInt8]) throws(AfilnetError) -> Value

    public init(_ decode: @escaping ([UInt8]) throws(AfilnetError) -> Value) { self.decode = decode }

    public func take(_ bytes: UnsafeRawBufferPointer) { body.append(contentsOf: bytes) }

    public func finish() throws(AfilnetError) -> Value { try decode(body) }
}
