import AfilnetSandbox
import Foundation

/// Runs the built `afilnet-tui` (beside the test bundle, or `AFILNET_TUI_BIN`) as a user would.
struct CommandRunner {
    struct Outcome: Sendable {
        let status: Int32
        let output: String
        let errors: String
    }

    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["AFILNET_TUI_BIN"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("afilnet-tui")
    }

    let environment: [String: String]

    /// An environment with nothing of the developer's: its own config, state and data folders.
    init(port: Int?, extra: [String: String] = [:], home: URL) {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                           "XDG_STATE_HOME": home.appendingPathComponent("state").path, "LANG": "C.UTF-8"]
        if let port {
            environment["AFILNET_ENDPOINT"] = "http://127.0.0.1:\(port)/api/http/"
            environment["AFILNET_USER"] = "demo"
            environment["AFILNET_PASSWORD"] = "demo"
        }
        self.environment = environment.merging(extra) { $1 }
    }

    func start(_ arguments: [String], input: String? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        return (process, output, errors)
    }

    func run(_ arguments: String...) async throws -> Outcome { try await run(arguments) }

    /// Waits on a plain thread: blocking the (two-thread) cooperative pool would starve the
    /// in-process sandbox the command is talking to.
    func run(_ arguments: [String]) async throws -> Outcome { try await runWithInput(nil, arguments) }

    /// `run`, with `input` on standard input (a password for the sandbox's admin commands).
    func runWithInput(_ input: String?, _ arguments: [String]) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try self.runBlocking(arguments, input: input) })
            }
        }
    }

    private func runBlocking(_ arguments: [String], input: String?) throws -> Outcome {
        let (process, output, errors) = try start(arguments, input: input)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                      errors: String(decoding: err, as: UTF8.self))
    }
}

/// An in-process sandbox and a private home folder for one test.
final class CommandHarness: Sendable {
    let server: SandboxServer
    let port: Int
    let home: URL

    init(options: SandboxOptions = SandboxOptions(port: 0), addresses: Int = 0, verifyAfter: TimeInterval = 30) async throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("afilnet-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/afilnet-tui"), withIntermediateDirectories: true)
        let store = try SandboxStore(path: home.appendingPathComponent("sandbox.sqlite").path, verifyAfter: verifyAfter)
        try store.seedDemo(syntheticAddresses: addresses)
        var options = options
        options.port = 0
        server = SandboxServer(store: store, options: options)
        port = try await server.start()
    }

    func runner(_ extra: [String: String] = [:], credentials: Bool = true) -> CommandRunner {
        CommandRunner(port: credentials ? port : nil, extra: extra, home: home)
    }

    func writeConfig(_ text: String, mode: Int = 0o600) throws -> String {
        let path = home.appendingPathComponent("config/afilnet-tui/config.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode_t(mode))
        return path
    }

    func stop() async { await server.stop() }
}
