import Foundation
import Testing

/// README's pictures and cast are what the executable shows now: `scripts/screenshots.py` is
/// run again (tmux, the clock stopped by faketime) and every file compared with the committed
/// one; the cast plays in Debian's asciinema.
@Suite("README's pictures are the executable's screens")
struct ScreenshotTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func thePicturesAndTheCastAreCurrent() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("screenshots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let made = try Self.run("/usr/bin/python3", [
            Self.root.appendingPathComponent("scripts/screenshots.py").path, "--binary", TmuxSession.executable, "--out", out.path,
        ])
        #expect(made.status == 0, "\(made.errors)")
        let committed = Self.root.appendingPathComponent("docs/screenshots")
        let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == names)
        #expect(names.filter { $0.hasSuffix(".svg") }.count == 18)
        for name in names {
            let now = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(now == (try Data(contentsOf: committed.appendingPathComponent(name))), "docs/screenshots/\(name) differs: run scripts/generate-docs")
        }
        // asciinema plays it (it wants a terminal: script(1) gives it one).
        let cast = committed.appendingPathComponent("first-session.cast").path
        #expect(try Self.run("/usr/bin/script", ["-qec", "asciinema cat '\(cast)'", "/dev/null"]).status == 0)
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        for name in names where name.hasSuffix(".svg") && !name.contains("-light") && !name.contains("-et") {
            #expect(readme.contains("docs/screenshots/\(name)"), "README shows \(name)")
        }
    }
}
