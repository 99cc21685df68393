import Foundation
import GRDB

/// The sandbox's data: accounts, credentials, balances, addresses, channels and the request
/// log, in one SQLite file. Every method is one transaction.
public final class SandboxStore: Sendable {
    let pool: DatabasePool
    /// Addresses count as verified (document and address) this long after they were added.
    let verifyAfter: TimeInterval

    public init(path: String, verifyAfter: TimeInterval = 30) throws {
        pool = try SandboxDatabase.open(path: path)
        self.verifyAfter = verifyAfter
    }

    public static var defaultPath: String { SandboxDatabase.defaultPath }

    /// Whether the database holds no account yet (a new file, to be seeded).
    public func isEmpty() throws -> Bool {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") == 0 }
    }

    // MARK: Reads and writes of the API, inside a caller's transaction

    static func access(_ db: Database, user: String, password: String) throws -> AccountAccess? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT id, account_id, name, password, ways, allowed_ips FROM credential WHERE user = ?",
            arguments: [user])
        else { return nil }
        // Compare in constant time: a sandbox still should not teach timing attacks.
        let stored: String = row["password"]
        guard constantTimeEqual(Array(stored.utf8), Array(password.utf8)) else { return nil }
        return accountAccess(row)
    }

    /// The access a token was given to, by the token's id; nil if the token is unknown.
    static func access(_ db: Database, tokenID: String) throws -> (access: AccountAccess, revoked: Bool)? {
        guard let row = try Row.fetchOne(
            db,
            sql: """
                SELECT credential.id, account_id, name, password, ways, allowed_ips, token.revoked
                FROM token JOIN credential ON credential.id = token.credential_id WHERE token.jti = ?
                """,
            arguments: [tokenID])
        else { return nil }
        return (accountAccess(row), row["revoked"])
    }

    private static func accountAccess(_ row: Row) -> AccountAccess {
        AccountAccess(
            accountID: row["account_id"], credentialID: row["id"], name: row["name"],
            ways: AccessWay.parse(row["ways"]) ?? [], allowedIPs: IPRange.list(row["allowed_ips"]))
    }

    /// The balance as read now: the stored figure, less what a configured spend has used
    /// since it was set (`SandboxSpend`).
    static func balance(_ db: Database, account: Int64, at now: Date = Date()) throws -> String {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT balance, spend_per_day, spend_jitter, spend_speed, spend_since FROM account WHERE id = ?",
            arguments: [account])
        else { return "0" }
        let spend = SandboxSpend(perDay: row[1], jitter: row[2], speed: row[3], since: Date(timeIntervalSince1970: row[4]))
        return spend.balance(from: row[0], at: now)
    }

    func addresses(_ db: Database, account: Int64) throws -> [AddressRecord] {
        let now = Date().timeIntervalSince1970
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, namelastname, iscompany, companyname, documentid, countrycode, cityid,
                       cityname, zipcode, address,
                       verified OR COALESCE(verify_at <= ?1, 0), addressverified OR COALESCE(verify_at <= ?1, 0)
                FROM address WHERE account_id = ?2 ORDER BY id
                """,
            arguments: [now, account])
        var records: [AddressRecord] = []
        while let row = try cursor.next() {
            records.append(AddressRecord(
                id: row[0], namelastname: row[1], iscompany: row[2], companyname: row[3],
                documentid: row[4], countrycode: row[5], cityid: row[6], cityname: row[7],
                zipcode: row[8], address: row[9], verified: row[10], addressverified: row[11]))
        }
        return records
    }

    /// Inserts an address; one added through the API (`verifyAfter` given) is verified that
    /// many seconds later, the way the provider's back office would.
    static func insert(
        _ db: Database, address: NewAddressRecord, account: Int64, verified: Bool = false,
        verifyAfter: TimeInterval? = nil
    ) throws {
        let now = Date().timeIntervalSince1970
        try db.execute(
            sql: """
                INSERT INTO address(account_id, namelastname, iscompany, companyname, documentid,
                    countrycode, cityid, cityname, zipcode, address, verified, addressverified, created_at, verify_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                account, address.namelastname, address.iscompany, address.companyname,
                address.documentid, address.countrycode, address.cityid, address.cityname,
                address.zipcode, address.address, verified, verified, now, verifyAfter.map { now + $0 },
            ])
    }

    /// Deletes one of the account's addresses; false if it has none with that id.
    static func deleteAddress(_ db: Database, id: Int64, account: Int64) throws -> Bool {
        try db.execute(sql: "DELETE FROM address WHERE id = ? AND account_id = ?", arguments: [id, account])
        return db.changesCount > 0
    }

    static func channels(_ db: Database, account: Int64) throws -> [ChannelRecord] {
        try Row.fetchAll(
            db, sql: "SELECT type, name, active FROM channel WHERE account_id = ? ORDER BY position",
            arguments: [account]
        ).map { ChannelRecord(type: $0[0], name: $0[1], active: $0[2]) }
    }

    /// Switches one of the account's channels; false if it has none of that name.
    static func setChannel(_ db: Database, name: String, active: Bool, account: Int64) throws -> Bool {
        try db.execute(
            sql: "UPDATE channel SET active = ? WHERE account_id = ? AND name = ?",
            arguments: [active, account, name])
        return db.changesCount > 0
    }
}

func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    var difference = UInt8(truncatingIfNeeded: left.count ^ right.count)
    for index in 0..<min(left.count, right.count) { difference |= left[index] ^ right[index] }
    return difference == 0
}
