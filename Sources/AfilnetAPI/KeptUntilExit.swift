import Synchronization

/// What a one-shot command leaves to the process's end instead of tearing it down: its HTTP
/// client, whose orderly shutdown stops event loops and threads. The process is about to
/// exit, and the kernel closes the sockets (docs/architecture.md, "Start-up and exit").
///
/// Not the balance history: SQLite replays a WAL it finds left open and forgets that its
/// frames were already checkpointed, so a history never closed would have each later run
/// replay and copy an ever longer WAL. Closing it checkpoints and removes the WAL.
public enum KeptUntilExit {
    private static let kept = Mutex<[any AnyObject & Sendable]>([])

    public static func keep(_ object: any AnyObject & Sendable) {
        kept.withLock { $0.append(object) }
    }
}
