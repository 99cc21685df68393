/// One HTTP exchange, as the client sees it.
public struct TransportRequest: Sendable {
    public enum Method: String, Sendable { case get = "GET", post = "POST" }
    public var method: Method
    public var url: String
    public var headers: [(String, String)]
    public var body: [UInt8]
}

public struct TransportResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    /// Any answer but a 200: the whole body. A 200's body went to the sink as it arrived;
    /// its first `keptPrefix` bytes are also here (for the journal).
    public var body: [UInt8]
    public static let keptPrefix = 2048
    /// Bodies larger than this are refused (a 100,000-address list is about 25 MB).
    public static let maxBodyBytes = 256 << 20

    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

/// The seam under the client: AsyncHTTPClient for the UI (`AsyncHTTPTransport`), NIO alone
/// for one-shot commands (`DirectHTTPTransport`); both tested against the sandbox over
/// loopback. Implementations throw `AfilnetError.transport` only.
public protocol HTTPTransport: Sendable {
    func send(_ request: TransportRequest, timeout: Duration, sink: any BodySink) async throws(AfilnetError) -> TransportResponse
}

