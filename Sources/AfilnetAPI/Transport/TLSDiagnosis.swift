import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS

/// Says why a TLS connection failed. NIOSSL reports "handshake failed" or "hostname not
/// valid"; curl says which names the certificate holds, or that its issuer is unknown. So on a
/// failed verification this connects once more, trusting nothing, takes the certificate the
/// server presents and reads its dates, names and issuer; a handshake that failed before any
/// certificate (plain HTTP on the port, no common version) is told from BoringSSL's reason.
enum TLSDiagnosis {
    /// A transport's error as the failure to report: the proxy's when it is the proxy's, a
    /// TLS failure explained when it can be (both transports end here).
    static func failure(_ error: any Error, url: String, timeout: Double, proxy: HTTPProxy?, deadline: NIODeadline) async -> TransportFailure {
        let failure = TransportFailure(error, timeout: timeout, proxy: proxy)
        guard case .tls = failure, let problem = await explain(error, url: url, proxy: proxy, deadline: deadline) else { return failure }
        return .tlsProblem(problem)
    }

    /// The failure explained, or nil when `error` is no TLS failure this can explain.
    static func explain(_ error: any Error, url: String, proxy: HTTPProxy?, deadline: NIODeadline) async -> TLSProblem? {
        guard let target = try? DirectTarget(url), target.secure else { return nil }
        let reason = String(reflecting: error)
        if ["WRONG_VERSION_NUMBER", "HTTP_REQUEST", "PACKET_LENGTH_TOO_LONG", "RECORD_TOO_LARGE"].contains(where: reason.contains) {
            return .notTLS(host: target.host, port: target.port)
        }
        if ["UNSUPPORTED_PROTOCOL", "PROTOCOL_VERSION", "NO_SHARED_CIPHER", "NO_SUPPORTED_VERSIONS", "NO_CIPHERS",
            "HANDSHAKE_FAILURE_ON_CLIENT_HELLO", "SSLV3_ALERT_HANDSHAKE_FAILURE"].contains(where: reason.contains) {
            return .noCommonProtocol(host: target.host)
        }
        let verification = (error as? NIOSSLExtraError) == .failedToValidateHostname || reason.contains("CERTIFICATE_VERIFY_FAILED")
        guard verification, let certificate = await presented(target, proxy: proxy, deadline: deadline) else { return nil }
        return classify(certificate, host: target.host, now: Date())
    }

    /// Expired or not yet valid, else for other names, else issued by an unknown authority.
    static func classify(_ certificate: NIOSSLCertificate, host: String, now: Date) -> TLSProblem {
        let notAfter = Date(timeIntervalSince1970: TimeInterval(certificate.notValidAfter))
        let notBefore = Date(timeIntervalSince1970: TimeInterval(certificate.notValidBefore))
        if now > notAfter { return .expired(host: host, on: notAfter) }
        if now < notBefore { return .notYetValid(host: host, from: notBefore) }
        let names = certificate._subjectAlternativeNames().compactMap(Self.name)
        if !names.contains(where: { matches($0, host) }) { return .wrongName(host: host, names: names.isEmpty ? ["(none)"] : names) }
        let issuer = (try? CertificateNames.issuer(der: certificate.toDERBytes())) ?? "an unknown issuer"
        return .untrustedIssuer(host: host, issuer: issuer)
    }

    /// A DNS name or an IP address of the certificate, as written.
    static func name(_ entry: _SubjectAlternativeName) -> String? {
        let bytes = Array(entry.contents)
        if entry.nameType == .dnsName { return String(decoding: bytes, as: UTF8.self) }
        guard entry.nameType == .ipAddress, bytes.count == 4 || bytes.count == 16 else { return nil }
        var text = [CChar](repeating: 0, count: 64)
        let family = bytes.count == 4 ? AF_INET : AF_INET6
        guard inet_ntop(family, bytes, &text, socklen_t(text.count)) != nil else { return nil }
        return String(cString: text)
    }

    /// A certificate name against a host: equal, or `*.example.org` for one label.
    static func matches(_ name: String, _ host: String) -> Bool {
        let name = name.lowercased(), host = host.lowercased()
        if name == host { return true }
        guard name.hasPrefix("*."), let dot = host.firstIndex(of: ".") else { return false }
        return host[dot...] == name.dropFirst()
    }

    /// The leaf certificate the server presents, with verification off (it is only read).
    private static func presented(_ target: DirectTarget, proxy: HTTPProxy?, deadline: NIODeadline) async -> NIOSSLCertificate? {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        guard let context = try? NIOSSLContext(configuration: configuration) else { return nil }
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let caught = loop.makePromise(of: NIOSSLCertificate?.self)
        let established = loop.makePromise(of: Void.self)
        let addTLS = { (pipeline: ChannelPipeline.SynchronousOperations) throws in
            try pipeline.addHandler(NIOSSLClientHandler(context: context, serverHostname: target.serverName))
            try pipeline.addHandler(CertificateCatcher(caught))
        }
        do {
            let channel = try await ClientBootstrap(group: loop)
                .connectTimeout(max(.milliseconds(1), deadline - .now()))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try ProxyTunnel.prepare(channel.pipeline.syncOperations, through: proxy, to: target, established: established, then: addTLS)
                    }
                }
                .connect(host: proxy?.host ?? target.host, port: proxy?.port ?? target.port).get()
            let expiry = loop.scheduleTask(deadline: deadline) { caught.succeed(nil) }
            defer {
                expiry.cancel()
                channel.close(promise: nil)
            }
            return try await caught.futureResult.get()
        } catch {
            caught.succeed(nil)
            established.fail(error)
            return nil
        }
    }
}

/// Takes the peer's certificate once the handshake is done, then closes.
private final class CertificateCatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny
    private let caught: EventLoopPromise<NIOSSLCertificate?>

    init(_ caught: EventLoopPromise<NIOSSLCertificate?>) { self.caught = caught }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case TLSUserEvent.handshakeCompleted = event {
            let handler = try? context.pipeline.syncOperations.handler(type: NIOSSLClientHandler.self)
            caught.succeed(handler?.peerCertificate)
            context.close(promise: nil)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        caught.succeed(nil)
        context.close(promise: nil)
    }

    func handlerRemoved(context: ChannelHandlerContext) { caught.succeed(nil) }
}
