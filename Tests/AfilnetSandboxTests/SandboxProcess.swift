import Foundation
import Testing
@testable import AfilnetSandbox

/// The built `afilnet-tui` executable, run as a child process (for kill -9 and CLI tests).
struct SandboxProcess {
    let process: Process
    let output: Pipe
    var pid: pid_t { process.processIdentifier }

    /// The executable sits beside the test bundle in the build folder; `AFILNET_TUI_BIN`
    /// overrides that.
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["AFILNET_TUI_BIN"] { return URL(fileURLWithPath: path) }
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("afilnet-tui")
    }

    static func launch(arguments: [String], environment: [String: String] = [:]) throws -> SandboxProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return SandboxProcess(process: process, output: output)
    }

    /// Reads the "listening on http://127.0.0.1:PORT/" line the server prints first.
    func waitForPort() throws -> Int {
        var text = ""
        let handle = output.fileHandleForReading
        while !text.contains("\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression),
            let port = Int(text[range].split(separator: ":")[1])
        else { throw SandboxConfigurationError("the sandbox printed no port: \(text)") }
        return port
    }

    func waitUntilExit() { process.waitUntilExit() }

    /// Runs the executable to completion; returns its status and standard output.
    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
