import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization

/// `HTTPTransport` straight on NIO: a connection of its own per request, HTTP/1.1,
/// `Connection: close`. For the one-shot commands, which send one request (two with a token)
/// and exit: AsyncHTTPClient's pool and state machines cost a one-shot `balance` ~1.5 ms on
/// first use, most of it the Swift runtime instantiating their generic types (BENCHMARKS.md,
/// "`balance` against curl"). The UI, which sends many requests, keeps `AsyncHTTPTransport`
/// and its kept-alive connections. Same contract: errors as `TransportFailure`, a 200's body
/// streamed to the sink, others kept, bodies over `TransportResponse.maxBodyBytes` refused.
public final class DirectHTTPTransport: HTTPTransport {
    private let connectTimeout: Duration
    private let tls: ClientTLS
    private let proxy: HTTPProxy?

    public init(connectTimeout: Duration = .seconds(5), network: NetworkPath = .direct) {
        self.connectTimeout = connectTimeout
        tls = ClientTLS(network.trust)
        proxy = network.proxy
    }

    public func send(_ request: TransportRequest, timeout: Duration, sink: any BodySink) async throws(AfilnetError) -> TransportResponse {
        let seconds = Double(timeout.nanoseconds) / 1e9
        // One deadline for connecting, sending and the whole answer, as AsyncHTTPClient's.
        let deadline = NIODeadline.now() + .nanoseconds(timeout.nanoseconds)
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let answer = loop.makePromise(of: TransportResponse.self)
        let established = loop.makePromise(of: Void.self)
        do {
            let target = try DirectTarget(request.url)
            let context = target.secure ? try tls.client() : nil
            let box = UncheckedBox(sink)
            let proxy = self.proxy
            // Through a proxy, https goes in a CONNECT tunnel: TLS and HTTP are added once the
            // proxy has opened it (`ProxyTunnel`); until then nothing of the request is written.
            let tunnelled = proxy != nil && target.secure
            let channel = try await ClientBootstrap(group: loop)
                .connectTimeout(min(.nanoseconds(connectTimeout.nanoseconds), deadline - .now()))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let addRest = { (pipeline: ChannelPipeline.SynchronousOperations) throws in
                            if let context {
                                try pipeline.addHandler(NIOSSLClientHandler(context: context, serverHostname: target.serverName))
                            }
                            try pipeline.addHTTPClientHandlers()
                            try pipeline.addHandler(ResponseCollector(answer: answer, sink: box))
                        }
                        try ProxyTunnel.prepare(
                            channel.pipeline.syncOperations, through: tunnelled ? proxy : nil, to: target, established: established, then: addRest)
                    }
                }
                .connect(host: proxy?.host ?? target.host, port: proxy?.port ?? target.port).get()
            // The promise may already be kept (the answer came) or broken: a second outcome
            // is ignored.
            let expiry = loop.scheduleTask(deadline: deadline) {
                answer.fail(DirectTimeout())
                channel.close(promise: nil)
            }
            defer {
                expiry.cancel()
                channel.close(promise: nil)
            }
            try await established.futureResult.get()
            channel.write(HTTPClientRequestPart.head(Self.head(request, target, proxy: tunnelled ? nil : proxy)), promise: nil)
            if request.method == .post {
                channel.write(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(bytes: request.body))), promise: nil)
            }
            channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
            let response = try await answer.futureResult.get()
            // Plain HTTP through a proxy: its refusal comes as the answer itself.
            if response.status == 407, let proxy, !tunnelled { throw ProxyRefusal(status: 407) }
            return response
        } catch {
            answer.fail(error)
            established.fail(error)
            switch error {
            case is DirectTimeout: throw .transport(.timedOut(seconds: seconds))
            case let error as AfilnetError: throw error
            default:
                throw .transport(await TLSDiagnosis.failure(error, url: request.url, timeout: seconds, proxy: proxy, deadline: deadline))
            }
        }
    }

    /// The request's head; plain HTTP through `proxy` names the whole URL (absolute form) and
    /// carries the proxy's credentials.
    private static func head(_ request: TransportRequest, _ target: DirectTarget, proxy: HTTPProxy?) -> HTTPRequestHead {
        let uri = proxy == nil ? target.uri : "http://\(target.hostHeader)\(target.uri)"
        var head = HTTPRequestHead(version: .http1_1, method: request.method == .post ? .POST : .GET, uri: uri)
        head.headers.add(name: "Host", value: target.hostHeader)
        if let authorization = proxy?.authorization { head.headers.add(name: "Proxy-Authorization", value: authorization) }
        for (name, value) in request.headers { head.headers.add(name: name, value: value) }
        if request.method == .post { head.headers.add(name: "Content-Length", value: String(request.body.count)) }
        head.headers.add(name: "Connection", value: "close")
        return head
    }
}

/// The request's deadline passed.
private struct DirectTimeout: Error {}

/// Where a request goes: the parts of its URL a connection and its first line need.
struct DirectTarget {
    let secure: Bool
    let host: String
    let port: Int
    /// Path and query, as sent on the request line.
    let uri: String
    let hostHeader: String
    /// `host:port` for CONNECT (an IPv6 address in brackets).
    var authority: String { "\(host.contains(":") ? "[\(host)]" : host):\(port)" }
    /// The name TLS is asked for and the certificate checked against; none for an address.
    var serverName: String? { host.contains(":") || host.split(separator: ".").allSatisfy({ UInt8($0) != nil }) ? nil : host }

    init(_ text: String) throws(AfilnetError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { throw .invalidEndpoint(.notAnHTTPURL("")) }
        secure = scheme == "https"
        let bare = String(host.filter { $0 != "[" && $0 != "]" })
        self.host = bare
        port = components.port ?? (secure ? 443 : 80)
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        uri = components.percentEncodedQuery.map { "\(path)?\($0)" } ?? path
        let named = bare.contains(":") ? "[\(bare)]" : bare
        hostHeader = components.port.map { "\(named):\($0)" } ?? named
    }
}

/// The TLS context, made on the first HTTPS request (it reads the trust store).
private final class ClientTLS: Sendable {
    private let made = Mutex<NIOSSLContext?>(nil)
    private let trust: TrustStore

    init(_ trust: TrustStore) { self.trust = trust }

    func client() throws -> NIOSSLContext {
        try made.withLock { made in
            if let made { return made }
            let context = try NIOSSLContext(configuration: trust.configuration)
            made = context
            return context
        }
    }
}

/// Lets the sink, which the request's caller owns and does not touch until the answer is
/// in, be fed on the connection's event loop.
private struct UncheckedBox: @unchecked Sendable {
    let sink: any BodySink
    init(_ sink: any BodySink) { self.sink = sink }
}

/// Reads the answer: its head, then its body (a 200's to the sink as it comes), then the end.
private final class ResponseCollector: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart

    private let answer: EventLoopPromise<TransportResponse>
    private let sink: UncheckedBox
    private var response: TransportResponse?
    private var total = 0
    private var done = false

    init(answer: EventLoopPromise<TransportResponse>, sink: UncheckedBox) {
        self.answer = answer
        self.sink = sink
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !done else { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            response = TransportResponse(status: Int(head.status.code), headers: head.headers.map { ($0.name, $0.value) }, body: [])
        case .body(let chunk):
            guard var response else { return }
            total += chunk.readableBytes
            guard total <= TransportResponse.maxBodyBytes else { return finish(context, .failure(ChannelError.inputClosed)) }
            if response.status != 200 {
                response.body.append(contentsOf: chunk.readableBytesView)
            } else {
                if response.body.count < TransportResponse.keptPrefix {
                    response.body.append(contentsOf: chunk.readableBytesView.prefix(TransportResponse.keptPrefix - response.body.count))
                }
                chunk.withUnsafeReadableBytes { sink.sink.take($0) }
            }
            self.response = response
        case .end:
            guard let response else { return finish(context, .failure(ChannelError.inputClosed)) }
            finish(context, .success(response))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(context, .failure(IOError(errnoCode: ECONNRESET, reason: "closed before the end of the answer")))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(context, .failure(error))
    }

    private func finish(_ context: ChannelHandlerContext, _ result: Result<TransportResponse, any Error>) {
        guard !done else { return }
        done = true
        answer.completeWith(result)
        context.close(promise: nil)
    }
}
