@testable import AfilnetAPI
import Foundation
import Testing

/// Both transports against peers that are not the sandbox: a plain Python server that keeps
/// the request's bytes and answers without a Content-Length (the body ends with the
/// connection), and a TLS server whose certificate nobody vouches for.
@Suite("The transports on the wire: what they send, an answer ended by closing, TLS refused")
struct TransportWireTests {
    @Test(arguments: TransportKind.allCases)
    func theRequestIsPlainHTTPAndAnAnswerEndedByClosingIsRead(_ kind: TransportKind) async throws {
        let peer = try WirePeer(tls: false)
        defer { peer.stop() }
        let client = try Self.client("http://127.0.0.1:\(peer.port)/api/http/?x=1", user: "tõnu", kind)
        let balance = try await client.balance()
        #expect(balance.text == "77.5")
        let request = try peer.request()
        let lines = request.head.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "POST /api/http/?x=1 HTTP/1.1")
        let headers = Dictionary(lines.dropFirst().map { line in
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts[0].lowercased(), parts.count > 1 ? parts[1] : "")
        }, uniquingKeysWith: { first, _ in first })
        #expect(headers["host"] == "127.0.0.1:\(peer.port)")
        #expect(headers["content-length"] == String(request.body.count))
        let body = String(decoding: request.body, as: UTF8.self)
        #expect(body.contains("method=getbalance") && body.contains("user=t%C3%B5nu"))
    }

    @Test(arguments: TransportKind.allCases)
    func aCertificateNobodyVouchesForIsRefused(_ kind: TransportKind) async throws {
        let peer = try WirePeer(tls: true)
        defer { peer.stop() }
        let client = try Self.client("https://localhost:\(peer.port)/api/http/", user: "u", kind)
        do {
            _ = try await client.balance()
            Issue.record("a self-signed certificate was accepted")
        } catch {
            // Said in words (TLSDiagnosis): a self-signed certificate's issuer is nobody trusted here.
            var refusedForTLS = false
            if case .transport(.tlsProblem(.untrustedIssuer)) = error { refusedForTLS = true }
            #expect(refusedForTLS, "\(error)")
        }
        #expect(!peer.sawRequest, "a request went to a server whose certificate was refused")
    }
}

extension TransportWireTests {
    @Test func theTargetOfARequest() throws {
        let production = try DirectTarget("https://www.afilnet.com/api/http/")
        #expect(production.secure && production.port == 443 && production.serverName == "www.afilnet.com")
        #expect(production.uri == "/api/http/" && production.hostHeader == "www.afilnet.com")
        let six = try DirectTarget("http://[::1]:8080/api/http/?a=%C3%B5&b")
        #expect(six.host == "::1" && six.port == 8080 && six.hostHeader == "[::1]:8080" && six.serverName == nil)
        #expect(six.uri == "/api/http/?a=%C3%B5&b")
        #expect(try DirectTarget("https://127.0.0.1/x").serverName == nil)
        #expect(try DirectTarget("http://localhost").uri == "/")
    }


    static func client(_ endpoint: String, user: String, _ kind: TransportKind) throws -> AfilnetClient {
        AfilnetClient(
            configuration: ClientConfiguration(
                endpoint: try Endpoint(endpoint), credentials: Credentials(user: user, password: "p&ss wörd"), retry: .none),
            transport: kind.transport)
    }
}

/// A one-file Python server (python3, openssl for its certificate): it writes its port, then
/// for each connection keeps the request in `request` and answers a balance of 77.5.
final class WirePeer: Sendable {
    let port: Int
    let folder: URL
    private let process: Process

    init(tls: Bool) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wire-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if tls {
            let openssl = Process()
            openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
            openssl.arguments = [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", folder.appendingPathComponent("k.pem").path,
                "-out", folder.appendingPathComponent("c.pem").path,
            ]
            openssl.standardError = FileHandle.nullDevice
            try openssl.run()
            openssl.waitUntilExit()
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.script, tls ? "tls" : "plain", folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let line = output.fileHandleForReading.availableData
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    var sawRequest: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("request").path) }

    func request() throws -> (head: String, body: [UInt8]) {
        let data = [UInt8](try Data(contentsOf: folder.appendingPathComponent("request")))
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let range = data.firstRange(of: separator) else { return (String(decoding: data, as: UTF8.self), []) }
        return (String(decoding: data[..<range.lowerBound], as: UTF8.self), Array(data[range.upperBound...]))
    }

    /// Ends the server. Not `waitUntilExit`: with two of these stopping at once, Foundation's
    /// `Process` on Linux was seen to miss the exit and wait forever.
    func stop() {
        // SIGKILL: a child of the test runner may inherit SIGTERM ignored.
        kill(process.processIdentifier, SIGKILL)
    }

    static let script = """
        import socket, ssl, sys
        mode, folder = sys.argv[1], sys.argv[2]
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        if mode == "tls":
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(folder + "/c.pem", folder + "/k.pem")
        print(server.getsockname()[1], flush=True)
        while True:
            connection, _ = server.accept()
            try:
                if mode == "tls":
                    connection = context.wrap_socket(connection, server_side=True)
                data = b""
                while b"\\r\\n\\r\\n" not in data:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head, _, body = data.partition(b"\\r\\n\\r\\n")
                length = 0
                for line in head.split(b"\\r\\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(body) < length:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    body += chunk
                if head:
                    open(folder + "/request", "wb").write(head + b"\\r\\n\\r\\n" + body)
                    connection.sendall(b"HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nConnection: close\\r\\n\\r\\n"
                                       + b'{"status":"SUCCESS","result":"77.5"}')
            except (ssl.SSLError, OSError):
                pass
            finally:
                connection.close()
        """
}
