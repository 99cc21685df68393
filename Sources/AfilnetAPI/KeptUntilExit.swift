import Synchronization

/// What a one-shot command leaves to the process's end instead of tearing it down: its HTTP
/// client (an orderly shutdown stops event loops and threads) and its balance history
/// (closing checkpoints the WAL with two fsyncs). The process is about to exit; the kernel
/// closes the sockets and files, and SQLite's WAL keeps the committed reading for the next
/// opener (docs/architecture.md, "Start-up and exit").
public enum KeptUntilExit {
    private static let kept = Mutex<[any AnyObject & Sendable]>([])

    public static func keep(_ object: any AnyObject & Sendable) {
        kept.withLock { $0.append(object) }
    }
}
