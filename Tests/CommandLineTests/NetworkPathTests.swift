import AfilnetSandbox
import Foundation
import RoadSupport
import Testing

/// The road between a server and the provider (README, "Behind a proxy / private CA"): a real
/// proxy from Debian (tinyproxy), a sandbox over TLS with certificates made by openssl, and
/// the executable in between, as an operator on a locked-down server runs it.
@Suite("The road: proxies, private CAs, TLS failures in words", .serialized)
struct NetworkPathTests {
    /// A sandbox serving HTTPS with one of the test certificates.
    static func tlsSandbox(_ certificate: String = "good") async throws -> CommandHarness {
        var options = SandboxOptions(port: 0)
        options.tls = (TestCertificates.folder + "/\(certificate).pem", TestCertificates.folder + "/\(certificate).key")
        return try await CommandHarness(options: options)
    }

    static func https(_ harness: CommandHarness, host: String = "127.0.0.1") -> String { "https://\(host):\(harness.port)/api/http/" }

    static func requests(_ harness: CommandHarness) throws -> Int {
        try harness.server.flushLog()
        return try harness.server.store.requestLog(limit: 10_000).count
    }

    /// Balance, the list, a write, SOAP, a token and a bulk import: each connection through
    /// the proxy (one CONNECT each, as many as the sandbox saw requests); with NO_PROXY, none.
    @Test func everyPathGoesThroughTheProxyAndNoProxyGoesDirect() async throws {
        let sandbox = try await Self.tlsSandbox()
        let proxy = try Tinyproxy()
        let file = sandbox.home.appendingPathComponent("one.csv").path
        try "namelastname,iscompany,companyname,documentid,countrycode,cityid,cityname,zipcode,address\r\nTõnu Tamm,0,,1,EE,1,Tallinn,1,Pikk 1\r\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        func everything(_ cli: CommandRunner) async throws {
            #expect(try await cli.run("balance").output == "152.34\n")
            #expect(try await cli.run("addresses", "list", "--json").status == 0)
            #expect(try await cli.run("channels", "disable", "sms").output == "channel sms off\n")
            #expect(try await cli.run("balance", "--api", "soap").output == "152.34\n")
            #expect(try await cli.run("balance", "--auth", "jwt").output == "152.34\n")
            let imported = try await cli.run("addresses", "import", file, "--rate", "0")
            #expect(imported.status == 0, "\(imported.errors)")
        }
        let via = sandbox.runner(["AFILNET_ENDPOINT": Self.https(sandbox), "HTTPS_PROXY": proxy.url, "SSL_CERT_FILE": TestCertificates.folder + "/ca.pem"])
        try await everything(via)
        let seen = try Self.requests(sandbox)
        #expect(seen >= 8)
        #expect(proxy.connects == seen, "\(proxy.log)")
        let direct = sandbox.runner([
            "AFILNET_ENDPOINT": Self.https(sandbox), "HTTPS_PROXY": proxy.url, "NO_PROXY": "example.org, 127.0.0.0/8",
            "SSL_CERT_FILE": TestCertificates.folder + "/ca.pem",
        ])
        try await everything(direct)
        #expect(try Self.requests(sandbox) > seen)
        #expect(proxy.connects == seen)
        await sandbox.stop()
    }

    /// Plain HTTP (a loopback endpoint) goes through `http_proxy` as absolute-form requests.
    @Test func plainHTTPGoesThroughHttpProxy() async throws {
        let sandbox = try await CommandHarness()
        let proxy = try Tinyproxy()
        #expect(try await sandbox.runner(["http_proxy": proxy.url]).run("balance").output == "152.34\n")
        #expect(proxy.forwarded == 1, "\(proxy.log)")
        // Upper-case HTTP_PROXY is not read (curl ignores it too: a CGI header can set it).
        #expect(try await sandbox.runner(["HTTP_PROXY": proxy.url]).run("balance").output == "152.34\n")
        #expect(proxy.forwarded == 1)
        await sandbox.stop()
    }

    /// Credentials in the proxy's URL, percent-decoded, go as Proxy-Authorization; they never
    /// reach the journal, the output or an error. Missing or wrong, the proxy is named.
    @Test func proxyCredentialsAreSentAndNeverShown() async throws {
        let sandbox = try await Self.tlsSandbox()
        let proxy = try Tinyproxy(basicAuth: ("op", "s3cret-word"))  // tinyproxy takes letters, digits and dashes
        let environment = ["AFILNET_ENDPOINT": Self.https(sandbox), "SSL_CERT_FILE": TestCertificates.folder + "/ca.pem"]
        let good = try await sandbox.runner(environment.merging(["HTTPS_PROXY": "http://op:s3cret%2Dword@127.0.0.1:\(proxy.port)/"]) { $1 })
            .run("balance")
        #expect(good.output == "152.34\n", "\(good.errors)")
        let none = try await sandbox.runner(environment.merging(["HTTPS_PROXY": proxy.url]) { $1 }).run("balance")
        #expect(none.status != 0)
        #expect(none.errors.contains("the proxy http://127.0.0.1:\(proxy.port) asks for credentials (407)"), "\(none.errors)")
        #expect(none.errors.contains("HTTPS_PROXY"))
        let wrong = try await sandbox.runner(environment.merging(["HTTPS_PROXY": "http://op:nope@127.0.0.1:\(proxy.port)"]) { $1 }).run("balance")
        #expect(wrong.errors.contains("refused the credentials given"), "\(wrong.errors)")
        let journal = (try? String(contentsOf: sandbox.home.appendingPathComponent("state/afilnet-tui/journal.jsonl"), encoding: .utf8)) ?? ""
        #expect(!journal.isEmpty)
        for text in [journal, good.output, good.errors, none.errors, wrong.errors] {
            #expect(!text.contains("s3cret") && !text.contains("nope"), "\(text)")
        }
        // On the command line they would show in ps: refused before anything is sent.
        let argv = try await sandbox.runner(environment).run("balance", "--proxy", "http://op:s3cret@127.0.0.1:\(proxy.port)")
        #expect(argv.status == 64)
        #expect(argv.errors.contains("readable by every user (ps)") && !argv.errors.contains("s3cret"))
        await sandbox.stop()
    }

    /// A proxy that is down is named with where its setting came from; a profile's proxy is
    /// used and `--no-proxy` goes direct; `--proxy` wins over the environment.
    @Test func theProxySettingsAndTheirSources() async throws {
        let sandbox = try await Self.tlsSandbox()
        let proxy = try Tinyproxy()
        let dead = Tinyproxy.freePort()
        let environment = ["AFILNET_ENDPOINT": Self.https(sandbox), "SSL_CERT_FILE": TestCertificates.folder + "/ca.pem"]
        let down = try await sandbox.runner(environment.merging(["ALL_PROXY": "127.0.0.1:\(dead)"]) { $1 }).run("balance")
        #expect(down.errors.contains("the proxy http://127.0.0.1:\(dead) (from ALL_PROXY) cannot be reached"), "\(down.errors)")
        let config = try sandbox.writeConfig("[profiles.work]\nproxy = \"http://127.0.0.1:\(dead)\"\n")
        let fromProfile = try await sandbox.runner(environment).run("balance", "--profile", "work")
        #expect(fromProfile.errors.contains("(from \(config) [profiles.work] proxy)"), "\(fromProfile.errors)")
        #expect(try await sandbox.runner(environment).run("balance", "--profile", "work", "--no-proxy").output == "152.34\n")
        #expect(try await sandbox.runner(environment).run("balance", "--profile", "work", "--proxy", proxy.url).output == "152.34\n")
        #expect(proxy.connects == 1)
        _ = try sandbox.writeConfig("[profiles.bad]\nproxy = \"socks5://127.0.0.1:1080\"\n")
        let bad = try await sandbox.runner(environment).run("balance", "--profile", "bad")
        #expect(bad.status == 78)
        #expect(bad.errors.contains("config.toml:2: profiles.bad.proxy: 'socks5://127.0.0.1:1080': only HTTP proxies"), "\(bad.errors)")
        // An endpoint refused is blamed on where it came from.
        _ = try sandbox.writeConfig("")
        let endpoint = try await sandbox.runner(["AFILNET_ENDPOINT": "ftp://example.org/"]).run("balance")
        #expect(endpoint.errors.hasPrefix("afilnet-tui: AFILNET_ENDPOINT: "), "\(endpoint.errors)")
        await sandbox.stop()
    }

    /// Each TLS failure in words, against a real certificate (and through the proxy).
    @Test(arguments: [
        ("other", "127.0.0.1", "the certificate of 127.0.0.1 is for api.example.org, www.example.org, not for 127.0.0.1"),
        ("expired", "127.0.0.1", "the certificate of 127.0.0.1 expired on 2021-01-01 00:00 UTC"),
        ("future", "localhost", "the certificate of localhost is not valid before 2090-01-01 00:00 UTC"),
        ("inspected", "127.0.0.1", "is issued by CN=Rogue Inspection CA, O=Somewhere Else, which this machine does not trust: give that CA with --ca-file"),
    ])
    func aCertificateThatDoesNotHoldIsSaidInWords(certificate: String, host: String, words: String) async throws {
        let sandbox = try await Self.tlsSandbox(certificate)
        let proxy = try Tinyproxy()
        for extra in [[:], ["HTTPS_PROXY": proxy.url]] {
            let run = try await sandbox.runner(["AFILNET_ENDPOINT": Self.https(sandbox, host: host)].merging(extra) { $1 })
                .run("balance", "--ca-file", TestCertificates.folder + "/ca.pem")
            #expect(run.status == 69)
            #expect(run.errors.contains(words), "\(run.errors)")
        }
        #expect(try Self.requests(sandbox) == 0)
        await sandbox.stop()
    }

    @Test func plainHTTPOnATLSPortAndEstonianWords() async throws {
        let sandbox = try await CommandHarness()
        let plain = try await sandbox.runner(["AFILNET_ENDPOINT": "https://127.0.0.1:\(sandbox.port)/api/http/"]).run("balance")
        #expect(plain.errors.contains("127.0.0.1:\(sandbox.port) does not speak TLS"), "\(plain.errors)")
        await sandbox.stop()
        let rogue = try await Self.tlsSandbox("inspected")
        let estonian = try await rogue.runner(["AFILNET_ENDPOINT": Self.https(rogue)]).run("balance", "--lang", "et", "--ca-file", TestCertificates.folder + "/ca.pem")
        #expect(estonian.errors.contains("serveri 127.0.0.1 sertifikaadi on välja andnud CN=Rogue Inspection CA"), "\(estonian.errors)")
        // Trusted the right way (the CA given), the same server is fine.
        let trusted = try await rogue.runner(["AFILNET_ENDPOINT": Self.https(rogue), "SSL_CERT_FILE": TestCertificates.folder + "/rogue.pem"]).run("balance")
        #expect(trusted.output == "152.34\n", "\(trusted.errors)")
        await rogue.stop()
    }
}
