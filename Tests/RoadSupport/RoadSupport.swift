import Foundation

/// The certificates the TLS tests use.
public enum TestCertificates {
    /// The test certificates (`Tests/Peers/make-certificates.sh`), made once a run.
    public static let folder: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("afilnet-certs-\(getpid())").path
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Peers/make-certificates.sh").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script, folder]
        try? process.run()
        process.waitUntilExit()
        return folder
    }()
}

/// tinyproxy on a free loopback port, logging each connection; BasicAuth when given.
public final class Tinyproxy {
    public let port: Int
    public let folder: String
    let process = Process()

    public init(basicAuth: (String, String)? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tinyproxy-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        port = Self.freePort()
        var config = "Port \(port)\nListen 127.0.0.1\nTimeout 30\nLogFile \"\(folder)/log\"\nLogLevel Connect\nMaxClients 20\nAllow 127.0.0.1\n"
        if let (user, password) = basicAuth { config += "BasicAuth \(user) \(password)\n" }
        try config.write(toFile: folder + "/conf", atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tinyproxy")
        process.arguments = ["-d", "-c", folder + "/conf"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 where !Self.accepts(port) { usleep(20_000) }
    }

    deinit {
        // tinyproxy lingers on SIGTERM (it waits for its connections to time out).
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    public var url: String { "http://127.0.0.1:\(port)" }
    public var log: String { (try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? "" }
    /// Tunnels opened: one a connection.
    public var connects: Int { log.components(separatedBy: "\n").filter { $0.contains("): CONNECT ") }.count }
    /// Plain-HTTP requests it carried (absolute-form).
    public var forwarded: Int { log.components(separatedBy: "\n").filter { $0.contains("): POST http://") || $0.contains("): GET http://") }.count }

    public static func freePort() -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    public static func accepts(_ port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
