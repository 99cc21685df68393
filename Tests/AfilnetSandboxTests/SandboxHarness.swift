import AsyncHTTPClient
import Foundation
import Testing
import NIOCore
import NIOHTTP1
@testable import AfilnetSandbox

/// How a test call carries its parameters and credentials.
enum CallMode: String, CaseIterable, CustomTestStringConvertible {
    case get, post, basic
    var testDescription: String { rawValue }
}

struct HTTPReply {
    let status: Int
    let body: String
    let headers: HTTPHeaders
}

/// A sandbox on a free loopback port with its own temporary database.
final class RunningSandbox: SandboxCalling, Sendable {
    let server: SandboxServer
    let port: Int
    let databasePath: String

    static func start(
        quirks: Set<Quirk> = [], faults: FaultInjection = FaultInjection(mode: nil),
        verifyAfter: TimeInterval = 30, databasePath: String? = nil, seed: Bool = true, tokenLifetime: TimeInterval = 3600
    ) async throws -> RunningSandbox {
        let path = databasePath ?? Self.temporaryDatabasePath()
        let store = try SandboxStore(path: path, verifyAfter: verifyAfter)
        if seed, try store.isEmpty() { try store.seedDemo() }
        var options = SandboxOptions(port: 0, quirks: quirks, faults: faults)
        options.tokenLifetime = tokenLifetime
        let server = SandboxServer(store: store, options: options)
        let port = try await server.start()
        return RunningSandbox(server: server, port: port, databasePath: path)
    }

    private init(server: SandboxServer, port: Int, databasePath: String) {
        self.server = server
        self.port = port
        self.databasePath = databasePath
    }

    static func temporaryDatabasePath() -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("afilnet-sandbox-tests-\(UUID().uuidString)")
        return directory.appendingPathComponent("sandbox.sqlite").path
    }

    func stop() async { await server.stop() }
}

/// Sends API calls to a sandbox on a loopback port.
protocol SandboxCalling: Sendable {
    var port: Int { get }
}

/// A sandbox that runs elsewhere (another process).
struct RunningSandboxClient: SandboxCalling {
    let port: Int
}

extension SandboxCalling {
    var url: String { "http://127.0.0.1:\(port)/api/http/" }

    /// Calls the API with `user`/`password` added (as parameters, or as Basic auth).
    func call(
        _ method: String, _ parameters: [(String, String)] = [], mode: CallMode = .post,
        user: String = "demo", password: String = "demo", timeout: TimeAmount = .seconds(30)
    ) async throws -> HTTPReply {
        var all = [("class", "user"), ("method", method)] + parameters
        if mode != .basic { all += [("user", user), ("password", password)] }
        let header = mode == .basic ? "Basic " + Data("\(user):\(password)".utf8).base64EncodedString() : nil
        return try await send(all, asQuery: mode == .get, authorization: header, timeout: timeout)
    }

    /// Sends exactly these parameters, nothing added.
    func send(
        _ parameters: [(String, String)], asQuery: Bool = false, authorization: String? = nil,
        timeout: TimeAmount = .seconds(30)
    ) async throws -> HTTPReply {
        let form = formEncode(parameters)
        var request = HTTPClientRequest(url: asQuery ? url + "?" + form : url)
        if !asQuery {
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: form))
        }
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        request.headers.add(name: "User-Agent", value: "sandbox-tests")
        return try await execute(request, timeout: timeout)
    }

    func execute(_ request: HTTPClientRequest, timeout: TimeAmount = .seconds(30)) async throws -> HTTPReply {
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let body = try await response.body.collect(upTo: 64 << 20)
        return HTTPReply(status: Int(response.status.code), body: String(buffer: body), headers: response.headers)
    }

}

func formEncode(_ parameters: [(String, String)]) -> String {
    var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
    allowed.insert(charactersIn: "-._~")
    return parameters.map { name, value in
        "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
    }.joined(separator: "&")
}

/// A complete, valid `addaddress` parameter set, with overrides.
func addressParameters(_ overrides: [String: String?] = [:]) -> [(String, String)] {
    var fields: [(String, String)] = [
        ("namelastname", "Kalle Õunapuu"), ("iscompany", "1"), ("companyname", "Õunapuu OÜ"),
        ("documentid", "12345678"), ("countrycode", "ee"), ("cityid", "1"), ("cityname", "Tallinn"),
        ("zipcode", "10115"), ("address", "Narva mnt 5 & 7"),
    ]
    for (name, value) in overrides {
        fields.removeAll { $0.0 == name }
        if let value { fields.append((name, value)) }
    }
    return fields
}

func formPost(_ url: String, _ body: String) -> HTTPClientRequest {
    var request = HTTPClientRequest(url: url)
    request.method = .POST
    request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
    request.body = .bytes(ByteBuffer(string: body))
    return request
}
