import Foundation
import Testing
@testable import AfilnetSandbox

/// Runs one of the independent peers in `Tests/Peers` (Debian's python3-zeep and python3-jwt,
/// from scripts/install-deps) and returns its exit status and output.
func runPeer(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Peers")
    let process = Process()
    // Debian's interpreter: the peers are Debian's packages, whatever python3 comes first on PATH.
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [folder.appendingPathComponent(script).path] + arguments
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
}
