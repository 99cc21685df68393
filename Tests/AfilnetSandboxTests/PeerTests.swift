import Foundation
import Testing
@testable import AfilnetSandbox

/// Runs one of the independent peers in `Tests/Peers` (Debian's python3-zeep, python3-jwt,
/// python3-requests and php-curl, from scripts/install-deps) and returns its exit status and
/// output.
func runPeer(_ script: String, _ arguments: [String], interpreter: String = "/usr/bin/python3", bare: Bool = false) throws -> (status: Int32, output: String) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Peers")
    let process = Process()
    // Debian's interpreter: the peers are Debian's packages, whatever python3 comes first on PATH.
    process.executableURL = URL(fileURLWithPath: interpreter)
    process.arguments = (bare ? [] : [folder.appendingPathComponent(script).path]) + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite("Independent peers: zeep reads the WSDL and calls every operation; PyJWT checks the tokens", .serialized)
struct PeerTests {
    @Test func zeepCallsEveryOperationWithEverySuccessAndError() async throws {
        let sandbox = try await RunningSandbox.start()
        let run = try runPeer("soap_peer.py", [sandbox.soapURL + "?wsdl"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasSuffix("OK\n"))
        await sandbox.stop()
    }

    @Test func pyJWTDecodesTheTokenWithTheDocumentedKeyAndForgeriesAreRefused() async throws {
        let sandbox = try await RunningSandbox.start()
        let key = try sandbox.server.store.tokenKey().map { String(format: "%02x", $0) }.joined()
        let run = try runPeer("jwt_peer.py", ["http://127.0.0.1:\(sandbox.port)", key])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasSuffix("OK\n"))
        await sandbox.stop()
    }

    /// The provider's PHP SDK's mechanism: PHP's curl posting an array (multipart).
    @Test func phpCurlWithAnArrayOfFieldsLogsInAddsAndReads() async throws {
        let sandbox = try await RunningSandbox.start()
        let run = try runPeer("php_sdk_peer.php", [sandbox.url], interpreter: "/usr/bin/php")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasSuffix("OK\n"))
        await sandbox.stop()
    }

    /// Python's requests: GET as the Python SDK sends it, `files=`, empty optional parameters.
    @Test func requestsSendsEveryShapeTheProvidersClientsSend() async throws {
        let sandbox = try await RunningSandbox.start()
        let run = try runPeer("sdk_shapes_peer.py", [sandbox.url])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasSuffix("OK\n"))
        await sandbox.stop()
    }

    /// `curl -F`, as the issue tried it.
    @Test func curlDashFReadsTheBalance() async throws {
        let sandbox = try await RunningSandbox.start()
        let run = try runPeer(
            "", ["-s", "-F", "user=demo", "-F", "password=demo", "-F", "class=user", "-F", "method=getbalance", sandbox.url],
            interpreter: "/usr/bin/curl", bare: true)
        #expect(run.output.contains("\"result\":\"152.34\""), "\(run.output)")
        await sandbox.stop()
    }
}
