import Foundation
import GRDB

/// `sandbox access …`: the accesses of the sandbox's accounts and how they were used.
extension SandboxStore {
    public func accesses() throws -> [Access] {
        try pool.read { db in
            try Row.fetchAll(db, sql: Self.accessQuery + " ORDER BY credential.name").map(Self.access)
        }
    }

    public func access(named name: String) throws -> Access {
        try pool.read { db in try Self.access(db, named: name) }
    }

    /// Adds an access, or replaces the one of that name (or of that user).
    public func addAccess(
        name: String, user: String, password: String, ways: Set<AccessWay>, allowedIPs: [IPRange], account: String = "demo"
    ) throws {
        guard !name.isEmpty, !user.isEmpty, !password.isEmpty else {
            throw SandboxConfigurationError("an access needs a non-empty name, user and password")
        }
        try pool.write { db in
            try db.execute(
                sql: "DELETE FROM credential WHERE (name = ? OR user = ?) AND NOT (name = ? AND user = ?)",
                arguments: [name, user, name, user])
            try db.execute(
                sql: """
                    INSERT INTO credential(account_id, name, user, password, ways, allowed_ips) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(user) DO UPDATE SET account_id = excluded.account_id, password = excluded.password,
                        ways = excluded.ways, allowed_ips = excluded.allowed_ips
                    """,
                arguments: [
                    try Self.accountID(db, name: account), name, user, password, AccessWay.text(ways),
                    IPRange.text(allowedIPs),
                ])
        }
    }

    /// Removes an access; its tokens stop working at once (`TOKEN_REVOKED`).
    public func removeAccess(named name: String) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM credential WHERE name = ?", arguments: [name])
            guard db.changesCount > 0 else { throw Self.noAccess(name) }
        }
    }

    /// Adds networks to an access's allow-list (an empty list allows any address).
    public func allowIPs(_ ranges: [IPRange], access name: String) throws {
        try changeAccess(name) { access in
            for range in ranges where !access.allowedIPs.contains(range) { access.allowedIPs.append(range) }
        }
    }

    /// Takes networks off an access's allow-list.
    public func denyIPs(_ ranges: [IPRange], access name: String) throws {
        try changeAccess(name) { access in access.allowedIPs.removeAll { ranges.contains($0) } }
    }

    public func setWays(_ ways: Set<AccessWay>, access name: String) throws {
        try changeAccess(name) { $0.ways = ways }
    }

    /// Revokes every token given to an access; returns how many were live.
    @discardableResult
    public func revokeTokens(access name: String) throws -> Int {
        try pool.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM credential WHERE name = ?", arguments: [name])
            else { throw Self.noAccess(name) }
            try db.execute(
                sql: "UPDATE token SET revoked = 1 WHERE credential_id = ? AND revoked = 0 AND expires_at > ?",
                arguments: [id, Date().timeIntervalSince1970])
            return db.changesCount
        }
    }

    /// The last call, calls per day (last `days` days) and live tokens of an access.
    public func usage(access name: String, days: Int = 14, now: Date = Date()) throws -> AccessUsage {
        try pool.read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM credential WHERE name = ?", arguments: [name])
            else { throw Self.noAccess(name) }
            let last = try Row.fetchOne(
                db, sql: "SELECT time, api, method, source_ip, refusal FROM request_log WHERE access = ? ORDER BY id DESC LIMIT 1",
                arguments: [name]
            ).map { AccessUsage.Call(time: Date(timeIntervalSince1970: $0[0]), api: $0[1], method: $0[2], sourceIP: $0[3], refusal: $0[4]) }
            let since = now.timeIntervalSince1970 - Double(days) * 86_400
            let perDay = try Row.fetchAll(
                db,
                sql: """
                    SELECT date(time, 'unixepoch') AS day, COUNT(*), SUM(refusal != '') FROM request_log
                    WHERE access = ? AND time >= ? GROUP BY day ORDER BY day DESC
                    """,
                arguments: [name, since]
            ).map { (day: $0[0] as String, calls: $0[1] as Int, refused: $0[2] as Int) }
            let live = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM token WHERE credential_id = ? AND revoked = 0 AND expires_at > ?",
                arguments: [id, now.timeIntervalSince1970]) ?? 0
            return AccessUsage(lastCall: last, perDay: perDay, liveTokens: live)
        }
    }

    private func changeAccess(_ name: String, _ change: (inout Access) -> Void) throws {
        try pool.write { db in
            var access = try Self.access(db, named: name)
            change(&access)
            try db.execute(
                sql: "UPDATE credential SET ways = ?, allowed_ips = ? WHERE name = ?",
                arguments: [AccessWay.text(access.ways), IPRange.text(access.allowedIPs), name])
        }
    }

    private static func access(_ db: Database, named name: String) throws -> Access {
        guard let row = try Row.fetchOne(db, sql: accessQuery + " WHERE credential.name = ?", arguments: [name])
        else { throw noAccess(name) }
        return access(row)
    }

    private static let accessQuery = """
        SELECT credential.name, user, account.name AS account, ways, allowed_ips
        FROM credential JOIN account ON account.id = credential.account_id
        """

    private static func access(_ row: Row) -> Access {
        Access(
            name: row["name"], user: row["user"], account: row["account"], ways: AccessWay.parse(row["ways"]) ?? [],
            allowedIPs: IPRange.list(row["allowed_ips"]))
    }

    private static func noAccess(_ name: String) -> SandboxConfigurationError {
        SandboxConfigurationError("the sandbox has no access named '\(name)' (see: afilnet-tui sandbox access list)")
    }
}
