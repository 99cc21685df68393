import AccountModel
import Foundation
import Synchronization

/// How finished requests (and signals) reach the UI thread: messages go into a locked list
/// and one byte into a pipe that the loop polls beside the keyboard.
final class Mailbox: Sendable {
    let readEnd: Int32
    let writeEnd: Int32
    private let messages = Mutex<[AppMessage]>([])

    init() {
        var ends: [Int32] = [0, 0]
        pipe(&ends)
        readEnd = ends[0]
        writeEnd = ends[1]
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
    }

    func post(_ message: AppMessage) {
        messages.withLock { $0.append(message) }
        var wake: UInt8 = 0
        _ = write(writeEnd, &wake, 1)
    }

    /// Pending messages, and the signals that arrived (their numbers were written as bytes).
    func drain() -> (messages: [AppMessage], signals: Set<Int32>) {
        var buffer = [UInt8](repeating: 0, count: 256)
        var signals = Set<Int32>()
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            if count <= 0 { break }
            for byte in buffer.prefix(count) where byte != 0 { signals.insert(Int32(byte)) }
        }
        let pending = messages.withLock { list in defer { list.removeAll() }; return list }
        return (pending, signals)
    }
}
