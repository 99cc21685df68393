import AfilnetSandbox
import Foundation
import RoadSupport
import Testing

/// The UI on a locked-down server: its requests through the egress proxy (AsyncHTTPClient's
/// CONNECT), trusting the company's CA from SSL_CERT_FILE; the header says via which proxy.
@Suite("End to end in tmux: the UI through a proxy, with a private CA")
struct ProxyEndToEndTests {
    @Test func theUIGoesThroughTheProxyAndSaysSo() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("proxy-ui-\(UUID().uuidString)/s.sqlite").path
        let store = try SandboxStore(path: path)
        try store.seedDemo()
        var options = SandboxOptions(port: 0)
        options.tls = (TestCertificates.folder + "/good.pem", TestCertificates.folder + "/good.key")
        let server = SandboxServer(store: store, options: options)
        let port = try await server.start()
        let proxy = try Tinyproxy()
        let tmux = try TmuxSession(columns: 120, rows: 30, arguments: "--endpoint 'https://127.0.0.1:\(port)/api/http/'", environment: [
            "AFILNET_USER": "demo", "AFILNET_PASSWORD": "demo", "HTTPS_PROXY": proxy.url,
            "SSL_CERT_FILE": TestCertificates.folder + "/ca.pem",
        ])
        tmux.waitFor("152.34 credits")
        #expect(tmux.line(containing: "afilnet-tui")?.contains("via \(proxy.url)") == true, "\(tmux.screen)")
        try tmux.press("3")
        tmux.waitFor("smscertified")
        try tmux.press("Space")
        tmux.waitFor("Channel sms switched off.")
        try tmux.press("q")
        tmux.waitFor("EXITED 0")
        try server.flushLog()
        #expect(try store.requestLog(limit: 100).contains { $0.method == "modifychannel" })
        #expect(proxy.connects >= 1, "\(proxy.log)")
        await server.stop()
    }
}
