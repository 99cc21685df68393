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
    public var body: [UInt8]

    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

/// The seam under the client: AsyncHTTPClient in production and in tests (against the
/// sandbox over loopback). Implementations throw `AfilnetError.transport` only.
public protocol HTTPTransport: Sendable {
    func send(_ request: TransportRequest, timeout: Duration) async throws(AfilnetError) -> TransportResponse
}
