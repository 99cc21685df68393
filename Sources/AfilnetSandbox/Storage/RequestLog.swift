import Foundation
import GRDB
import Synchronization

/// One line of the server-side request log: the provider's "API logs" columns.
public struct RequestLogEntry: Sendable, Equatable, Codable {
    public var time: Date
    public var sourceIP: String
    public var apiClass: String
    public var method: String
    /// Parameters as sent, with the password replaced by `LogRedaction.mask`.
    public var parameters: [String: String]
    public var httpStatus: Int
    /// The response body (the first `responseLimit` bytes of it).
    public var response: String
    public var userAgent: String
    /// `params`, `basic`, `bearer` or `none`: how credentials came (never what they were).
    public var auth: String
    /// `http`, `soap` or `token` (the token endpoint).
    public var api: String = "http"
    /// The access the call was recognised as, if any.
    public var access: String = ""
    /// Why an access was refused (IP, way in, token), empty otherwise.
    public var refusal: String = ""
    /// The injected fault, if one struck.
    public var fault: String
    public var durationMilliseconds: Double

    public static let responseLimit = 2048

    enum CodingKeys: String, CodingKey {
        case time, sourceIP = "source_ip", apiClass = "class", method, parameters
        case httpStatus = "http_status", response, userAgent = "user_agent", auth, fault
        case durationMilliseconds = "duration_ms", api, access, refusal
    }
}

public enum LogRedaction {
    public static let mask = "[REDACTED]"
    /// Parameter names whose values never reach a log.
    public static let secretNames: Set<String> = ["password"]
}

/// Collects log entries from request handlers and writes them in batches, so logging costs
/// a request a mutex, not a transaction. `flush()` runs on a timer and at shutdown.
final class RequestLogWriter: Sendable {
    private let pool: DatabasePool
    private let pending = Mutex<[RequestLogEntry]>([])

    init(pool: DatabasePool) { self.pool = pool }

    func append(_ entry: RequestLogEntry) {
        pending.withLock { $0.append(entry) }
    }

    func flush() throws {
        let batch = pending.withLock { entries in
            defer { entries.removeAll(keepingCapacity: true) }
            return entries
        }
        guard !batch.isEmpty else { return }
        try pool.write { db in
            let statement = try db.makeStatement(sql: """
                INSERT INTO request_log(time, source_ip, class, method, parameters, http_status,
                    response, user_agent, auth, fault, duration_ms, api, access, refusal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for entry in batch {
                let parameters = String(decoding: try encoder.encode(entry.parameters), as: UTF8.self)
                try statement.execute(arguments: [
                    entry.time.timeIntervalSince1970, entry.sourceIP, entry.apiClass, entry.method,
                    parameters, entry.httpStatus, entry.response, entry.userAgent, entry.auth,
                    entry.fault, entry.durationMilliseconds, entry.api, entry.access, entry.refusal,
                ])
            }
        }
    }

    /// Runs `flush()` every `interval` until the task is cancelled, then once more.
    func run(every interval: Duration = .milliseconds(200)) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            try? flush()
        }
        try? flush()
    }
}

extension SandboxStore {
    /// The newest `limit` log entries (of one access, if named), oldest first.
    public func requestLog(limit: Int = 100, access: String? = nil) throws -> [RequestLogEntry] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM (SELECT * FROM request_log WHERE ?1 IS NULL OR access = ?1 ORDER BY id DESC LIMIT ?2)
                    ORDER BY id
                    """,
                arguments: [access, limit]
            ).map { row in
                let parameters: String = row["parameters"]
                return RequestLogEntry(
                    time: Date(timeIntervalSince1970: row["time"]), sourceIP: row["source_ip"],
                    apiClass: row["class"], method: row["method"],
                    parameters: (try? JSONDecoder().decode([String: String].self, from: Data(parameters.utf8))) ?? [:],
                    httpStatus: row["http_status"], response: row["response"],
                    userAgent: row["user_agent"], auth: row["auth"], api: row["api"], access: row["access"],
                    refusal: row["refusal"], fault: row["fault"], durationMilliseconds: row["duration_ms"])
            }
        }
    }
}
