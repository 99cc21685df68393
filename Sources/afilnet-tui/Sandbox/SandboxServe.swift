import AfilnetAPI
import AfilnetSandbox
import ArgumentParser
import Foundation

struct SandboxServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the sandbox API at http://HOST:PORT/api/http/ until Ctrl-C or SIGTERM.")

    @OptionGroup var database: SandboxDatabaseOption

    @Option(help: "Address to listen on (loopback by default).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one and prints it.")
    var port = SandboxOptions.defaultPort

    @Option(help: "Seed for a new, empty database: demo or none.")
    var seed: SeedKind = .demo

    @Option(help: "Synthetic addresses to add to the demo account of a new database.")
    var addresses = 0

    @Option(help: "Response shapes to switch on: \(Quirk.allCases.map(\.rawValue).joined(separator: ",")).")
    var quirks = ""

    @Option(help: "Milliseconds added before every response.")
    var latencyMs = 0

    @Option(help: "Faults to inject: one of \(FaultMode.allCases.map(\.rawValue).joined(separator: "|")), a comma-separated list, or all (each struck request draws one).")
    var fault: String?

    @Option(help: "Share of requests the fault strikes, 0 to 1.")
    var faultRate = 1.0

    @Option(help: "Seed of the fault dice, for runs that repeat exactly.")
    var faultSeed: UInt64 = 1

    @Option(help: "Strike only calls of these methods (comma-separated), e.g. addaddress.")
    var faultMethods: String?

    @Option(help: "Milliseconds the 'slow' fault holds a response.")
    var slowMs = 15_000

    @Option(help: "Seconds a token from /api/token/ stays valid.")
    var tokenLifetime: Double = 3600

    @Option(help: ArgumentHelp("Serve HTTPS with this certificate chain (PEM); needs --tls-key.", valueName: "file"))
    var tlsCert: String?

    @Option(help: ArgumentHelp("The private key (PEM) of --tls-cert.", valueName: "file"))
    var tlsKey: String?

    @Option(help: ArgumentHelp("Serve HTTPS with a private CA and a certificate for --host made in this folder (ca.pem is the CA to trust).", valueName: "dir"))
    var tlsSelfSigned: String?

    enum SeedKind: String, ExpressibleByArgument { case demo, none }

    func validate() throws {
        if let fault {
            do { _ = try FaultInjection.parseModes(fault) } catch { throw ValidationError("--fault: \(error)") }
        }
        guard (0...1).contains(faultRate) else { throw ValidationError("--fault-rate must be between 0 and 1") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("--tls-cert and --tls-key go together") }
        guard tlsCert == nil || tlsSelfSigned == nil else { throw ValidationError("--tls-self-signed makes its own certificate: leave out --tls-cert") }
        guard tokenLifetime > 0 else { throw ValidationError("--token-lifetime must be more than 0 seconds") }
        guard addresses >= 0, latencyMs >= 0, slowMs >= 0 else {
            throw ValidationError("--addresses, --latency-ms and --slow-ms cannot be negative")
        }
    }

    func run() async throws {
        let store = try database.open()
        if try store.isEmpty(), seed == .demo {
            try store.seedDemo(syntheticAddresses: addresses)
        }
        var options = SandboxOptions(
            host: host, port: port, quirks: try Quirk.parseList(quirks),
            faults: FaultInjection(
                modes: try fault.map { try FaultInjection.parseModes($0) } ?? [], rate: faultRate, seed: faultSeed, slowDelay: .milliseconds(slowMs),
                methods: faultMethods.map { Set($0.split(separator: ",").map(String.init)) }),
            latency: .milliseconds(latencyMs))
        options.tokenLifetime = tokenLifetime
        var ca: String?
        if let tlsCert, let tlsKey { options.tls = (tlsCert, tlsKey) }
        if let tlsSelfSigned {
            let made = try SandboxCertificates.make(in: tlsSelfSigned, host: host)
            options.tls = (made.certificate, made.key)
            ca = made.ca
        }
        let server = SandboxServer(store: store, options: options)
        let bound = try await server.start(stopOnSignals: true)
        let scheme = options.tls == nil ? "http" : "https"
        let place = host.contains(":") ? "[\(host)]" : host
        print("afilnet-tui sandbox: listening on \(scheme)://\(place):\(bound)/api/http/ (database \(database.path))")
        print("SOAP: \(scheme)://\(place):\(bound)\(SOAPContract.path) (WSDL at ?wsdl); tokens: \(scheme)://\(place):\(bound)/api/token/")
        if let ca { print("CA: \(ca) (trust it with --ca-file \(ca) or SSL_CERT_FILE=\(ca))") }
        let trust = ca.map { " --cacert '\($0)'" } ?? ""
        print("try: curl -s\(trust) -d 'class=user&method=getbalance&user=demo&password=demo' \(scheme)://\(place):\(bound)/api/http/")
        fflush(nil)
        try await server.wait()
    }
}
