/// Deleting the marked addresses: one `deleteaddress` at a time (the API has no bulk call),
/// in id order, stoppable between two, with what went wrong kept for the summary.
public struct BulkDelete: Sendable {
    public let total: Int
    /// Ids still to delete; the first is on its way.
    public private(set) var queue: [Int64]
    public private(set) var deleted = 0
    public private(set) var failures: [(id: Int64, reason: String)] = []
    /// Asked to stop: the one on its way finishes, no other is sent.
    public private(set) var stopping = false

    init(_ ids: Set<Int64>) {
        queue = ids.sorted()
        total = queue.count
    }

    public var current: Int64? { queue.first }
    public var done: Int { deleted + failures.count }

    /// Records how `id` went; the next id to send, if any.
    mutating func settle(_ id: Int64, failure: String?) -> Int64? {
        guard queue.first == id else { return nil }
        queue.removeFirst()
        if let failure { failures.append((id, failure)) } else { deleted += 1 }
        return stopping ? nil : queue.first
    }

    mutating func stop() { stopping = true }
}
