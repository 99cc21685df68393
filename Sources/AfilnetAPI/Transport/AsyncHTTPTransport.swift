import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// `HTTPTransport` on AsyncHTTPClient, with its own connection pool and connect timeout.
public final class AsyncHTTPTransport: HTTPTransport {
    private let client: HTTPClient
    private let proxy: HTTPProxy?

    public init(connectTimeout: Duration = .seconds(5), network: NetworkPath = .direct) {
        var configuration = HTTPClient.Configuration()
        configuration.tlsConfiguration = network.trust.configuration
        proxy = network.proxy
        if let proxy = network.proxy {
            // CONNECT for https, absolute-form requests for http (AsyncHTTPClient's own).
            configuration.proxy = .server(
                host: proxy.host, port: proxy.port,
                authorization: proxy.authorization.map { .basic(credentials: String($0.dropFirst("Basic ".count))) })
        }
        configuration.timeout.connect = .nanoseconds(connectTimeout.nanoseconds)
        configuration.redirectConfiguration = .disallow
        // Report a refused connection at once; retries are the client's decision (reads only).
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.decompression = .enabled(limit: .ratio(50))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Shuts the client down without waiting: the last reference can go on the UI's loop
    /// thread (a profile switch drops the old client), which must never block.
    deinit {
        client.shutdown { _ in }
    }

    public func shutdown() async { try? await client.shutdown() }

    public func send(_ request: TransportRequest, timeout: Duration, sink: any BodySink) async throws(AfilnetError) -> TransportResponse {
        var http = HTTPClientRequest(url: request.url)
        http.method = request.method == .post ? .POST : .GET
        for (name, value) in request.headers { http.headers.add(name: name, value: value) }
        if request.method == .post { http.body = .bytes(ByteBuffer(bytes: request.body)) }
        let nanoseconds = timeout.nanoseconds
        let seconds = Double(nanoseconds) / 1e9
        do {
            let deadline = NIODeadline.now() + .nanoseconds(nanoseconds)
            let response = try await client.execute(http, deadline: deadline)
            if response.status.code == 407, let proxy {
                throw ProxyRefusal(status: 407)
            }
            // A 200's chunks go to the sink as they come (a 23 MB address list is decoded on
            // the way, never held whole); other answers are kept for their error text.
            let streaming = response.status == .ok
            var body: [UInt8] = []
            var total = 0
            for try await chunk in response.body {
                total += chunk.readableBytes
                guard total <= TransportResponse.maxBodyBytes else { throw HTTPClientError.bodyLengthMismatch }
                if !streaming {
                    body.append(contentsOf: chunk.readableBytesView)
                    continue
                }
                if body.count < TransportResponse.keptPrefix {
                    body.append(contentsOf: chunk.readableBytesView.prefix(TransportResponse.keptPrefix - body.count))
                }
                chunk.withUnsafeReadableBytes { sink.take($0) }
            }
            return TransportResponse(
                status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) }, body: body)
        } catch {
            let deadline = NIODeadline.now() + .nanoseconds(nanoseconds)
            throw .transport(await TLSDiagnosis.failure(error, url: request.url, timeout: seconds, proxy: proxy, deadline: deadline))
        }
    }
}
