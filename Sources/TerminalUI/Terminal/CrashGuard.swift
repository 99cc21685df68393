import AccountModel
import CLibcExtras
import Foundation

/// What a crash leaves behind, so that nothing typed is lost and the cause can be found:
/// the form's unsent input (as on SIGHUP), and a report — version, signal, the runtime's own
/// message, a backtrace; never a password or the form's contents — at
/// `$XDG_STATE_HOME/afilnet-tui/crash-TIME-PID.txt`, which the next start names.
///
/// A signal handler may do almost nothing, so everything is prepared here beforehand: the
/// report is opened when the UI starts, and standard error points at it for the session
/// (the Swift runtime writes its "Fatal error: …" there, and nothing written to stderr may
/// reach a screen ncurses owns); the form's bytes are encoded whenever the form changes. The
/// handler then only writes, renames and closes (`crashed(signal:)`).
public final class CrashGuard: @unchecked Sendable {
    /// Writes a draft somewhere for a profile: where, and the bytes.
    public typealias DraftEncoder = @Sendable (FormDraft, String) -> (path: String, bytes: [UInt8])?

    let folder: String
    private let encode: DraftEncoder
    private var lastDraft: (FormDraft?, String)?

    // Read by the signal handler: plain C memory, set before the UI starts.
    nonisolated(unsafe) private static var reportDescriptor: Int32 = -1
    nonisolated(unsafe) private static var savedStandardError: Int32 = -1
    nonisolated(unsafe) private static var sessionPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var reportPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var draft: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) private static var draftPath: UnsafeMutablePointer<CChar>?

    public init(folder: String, version: String, encode: @escaping DraftEncoder) {
        self.folder = folder
        self.encode = encode
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        removeDeadSessions()
        let pid = getpid()
        let session = folder + "/session-\(pid).log"
        let report = folder + "/crash-\(Self.stamp())-\(pid).txt"
        let descriptor = open(session, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let header = """
            afilnet-tui crash report
            version: \(version)
            started: \(Self.stamp()) UTC
            TERM: \(ProcessInfo.processInfo.environment["TERM"] ?? "(unset)")
            symbolise a frame: addr2line -Cfpe "$(command -v afilnet-tui)" OFFSET  (the +0x… of the frame)
            --- standard error of the session ---

            """
        _ = header.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
        afl_backtrace_prepare()
        Self.sessionPath = strdup(session)
        Self.reportPath = strdup(report)
        Self.savedStandardError = dup(STDERR_FILENO)
        dup2(descriptor, STDERR_FILENO)
        Self.reportDescriptor = descriptor
    }

    /// Keeps the bytes a crash would write for the form (re-encoded only when it changed).
    func keep(_ draft: FormDraft?, profile: String) {
        if let lastDraft, lastDraft.0 == draft, lastDraft.1 == profile { return }
        lastDraft = (draft, profile)
        let old = (Self.draft, Self.draftPath)
        if let draft, let (path, bytes) = encode(draft, profile) {
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = buffer.initialize(from: bytes)
            Self.draftPath = strdup(path)
            Self.draft = buffer
        } else {
            Self.draft = nil
            Self.draftPath = nil
        }
        old.0?.deallocate()
        free(old.1)
    }

    /// A clean end: standard error back, the session's log gone.
    func disarm() {
        guard Self.reportDescriptor >= 0 else { return }
        dup2(Self.savedStandardError, STDERR_FILENO)
        close(Self.savedStandardError)
        close(Self.reportDescriptor)
        Self.reportDescriptor = -1
        if let path = Self.sessionPath { unlink(path) }
        keep(nil, profile: "")
    }

    /// In the signal handler: only async-signal-safe calls (write, open, rename, close).
    static func crashed(signal number: Int32) {
        if let draft, let draftPath {
            let descriptor = open(draftPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            if descriptor >= 0 {
                _ = write(descriptor, draft.baseAddress, draft.count)
                close(descriptor)
            }
        }
        guard reportDescriptor >= 0, let sessionPath, let reportPath else { return }
        writeRaw(reportDescriptor, "\n--- signal ")
        writeNumber(reportDescriptor, number)
        writeRaw(reportDescriptor, " ---\n--- backtrace of the thread that stopped ---\n")
        afl_backtrace_to_fd(reportDescriptor)
        close(reportDescriptor)
        rename(sessionPath, reportPath)
    }

    /// In the signal handler, once the terminal is restored: where the report went.
    static func say(signal number: Int32) {
        guard let reportPath else { return }
        let out = savedStandardError >= 0 ? savedStandardError : STDOUT_FILENO
        writeRaw(out, "afilnet-tui stopped on signal ")
        writeNumber(out, number)
        writeRaw(out, "; report: ")
        _ = write(out, reportPath, strlen(reportPath))
        writeRaw(out, "\r\n")
    }

    /// The newest report no start has named yet (and from now on, it has been named).
    public static func unannounced(in folder: String) -> String? {
        let marker = folder + "/crash-announced"
        let seen = (try? FileManager.default.attributesOfItem(atPath: marker)[.modificationDate] as? Date) ?? .distantPast
        let reports = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix("crash-") && $0.hasSuffix(".txt") }
            .map { folder + "/" + $0 }
            .compactMap { path -> (String, Date)? in
                guard let date = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date else { return nil }
                return date > seen ? (path, date) : nil
            }
        guard let newest = reports.max(by: { $0.1 < $1.1 }) else { return nil }
        _ = FileManager.default.createFile(atPath: marker, contents: nil, attributes: [.posixPermissions: 0o600])
        try? FileManager.default.setAttributes([.modificationDate: newest.1], ofItemAtPath: marker)
        return newest.0
    }

    /// Session logs of processes that are gone (killed with SIGKILL: nothing to report).
    private func removeDeadSessions() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix("session-") {
            let pid = pid_t(name.dropFirst("session-".count).prefix { $0.isNumber }) ?? 0
            if pid > 0, kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    private static func stamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return String(format: "%04d%02d%02d-%02d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec)
    }

    private static func writeRaw(_ descriptor: Int32, _ text: StaticString) {
        _ = write(descriptor, text.utf8Start, text.utf8CodeUnitCount)
    }

    private static func writeNumber(_ descriptor: Int32, _ number: Int32) {
        var digits: (UInt8, UInt8, UInt8) = (0x30, 0x30, 0x30)
        let value = max(0, min(999, Int(number)))
        digits.0 = UInt8(0x30 + value / 100)
        digits.1 = UInt8(0x30 + value / 10 % 10)
        digits.2 = UInt8(0x30 + value % 10)
        let skip = value >= 100 ? 0 : (value >= 10 ? 1 : 2)
        withUnsafeBytes(of: &digits) { _ = write(descriptor, $0.baseAddress! + skip, 3 - skip) }
    }
}
