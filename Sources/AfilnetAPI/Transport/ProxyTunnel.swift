import NIOCore
import NIOSSL

/// A proxy did not open the tunnel: its status to CONNECT (nil: it closed without one).
struct ProxyRefusal: Error {
    let status: Int?
}

/// Opens an HTTPS tunnel through an HTTP proxy (`CONNECT host:port`, with
/// `Proxy-Authorization` when the proxy's URL had credentials), then hands the connection
/// to `then`, which adds TLS and HTTP. `established` is kept once the proxy answered 200.
final class ProxyTunnel: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let request: String
    private let established: EventLoopPromise<Void>
    private let then: (ChannelPipeline.SynchronousOperations) throws -> Void
    private var received: [UInt8] = []
    private var done = false

    init(to authority: String, authorization: String?, established: EventLoopPromise<Void>,
         then: @escaping (ChannelPipeline.SynchronousOperations) throws -> Void) {
        var request = "CONNECT \(authority) HTTP/1.1\r\nHost: \(authority)\r\n"
        if let authorization { request += "Proxy-Authorization: \(authorization)\r\n" }
        self.request = request + "\r\n"
        self.established = established
        self.then = then
    }

    /// Sets a new connection up: through `proxy`'s tunnel (`then` once it is open), or
    /// straight (`then` now, and `established` kept at once).
    static func prepare(
        _ pipeline: ChannelPipeline.SynchronousOperations, through proxy: HTTPProxy?, to target: DirectTarget,
        established: EventLoopPromise<Void>, then: @escaping (ChannelPipeline.SynchronousOperations) throws -> Void
    ) throws {
        guard let proxy else {
            try then(pipeline)
            established.succeed(())
            return
        }
        try pipeline.addHandler(ProxyTunnel(to: target.authority, authorization: proxy.authorization, established: established, then: then))
    }

    func channelActive(context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: request)), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !done else { return }
        received.append(contentsOf: unwrapInboundIn(data).readableBytesView)
        guard let end = Self.headEnd(received) else {
            // A proxy's answer head is short: anything this long is not one.
            if received.count > 16_384 { fail(context, ProxyRefusal(status: nil)) }
            return
        }
        let status = Self.status(Array(received[..<end]))
        guard status == 200 else { return fail(context, ProxyRefusal(status: status)) }
        done = true
        do {
            try then(context.pipeline.syncOperations)
            context.pipeline.syncOperations.removeHandler(self, promise: nil)
            established.succeed(())
        } catch {
            fail(context, error)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(context, ProxyRefusal(status: nil))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(context, error)
    }

    /// Removed without an answer (the connection to the proxy never came up, or closed).
    func handlerRemoved(context: ChannelHandlerContext) {
        guard !done else { return }
        done = true
        established.fail(ProxyRefusal(status: nil))
    }

    private func fail(_ context: ChannelHandlerContext, _ error: any Error) {
        guard !done else { return }
        done = true
        established.fail(error)
        context.close(promise: nil)
    }

    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<bytes.count where bytes[index - 3] == 13 && bytes[index - 2] == 10 && bytes[index - 1] == 13 && bytes[index] == 10 {
            return index + 1
        }
        return nil
    }

    /// `HTTP/1.1 407 Proxy Authentication Required` → 407.
    private static func status(_ head: [UInt8]) -> Int? {
        let line = String(decoding: head.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        return line.count >= 2 && line[0].hasPrefix("HTTP/") ? Int(line[1]) : nil
    }
}

extension TrustStore {
    /// A client TLS configuration trusting this store.
    var configuration: TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if case .path(let path) = self { configuration.trustRoots = .file(path) }
        return configuration
    }
}
