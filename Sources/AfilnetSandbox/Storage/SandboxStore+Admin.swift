import Foundation
import GRDB

/// The admin surface of `afilnet-tui sandbox …`: seeding, balances, credentials, reset.
extension SandboxStore {
    /// Fills an empty database with the demo account (`demo` / `demo`), its addresses and
    /// channels, plus `syntheticAddresses` generated ones.
    public func seedDemo(syntheticAddresses: Int = 0) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO account(name, balance) VALUES ('demo', '152.34')")
            let account = db.lastInsertedRowID
            try db.execute(
                sql: "INSERT INTO credential(account_id, name, user, password) VALUES (?, 'demo', 'demo', 'demo')",
                arguments: [account])
            for (position, channel) in DemoData.channels.enumerated() {
                try db.execute(
                    sql: "INSERT INTO channel(account_id, name, type, active, position) VALUES (?, ?, ?, ?, ?)",
                    arguments: [account, channel.name, channel.type, channel.active, position])
            }
            for (address, verified) in DemoData.addresses {
                try Self.insert(db, address: address, account: account, verified: verified)
            }
            try Self.insertSynthetic(db, count: syntheticAddresses, account: account)
        }
    }

    /// Adds `count` generated addresses to an account (default `demo`), in one transaction.
    public func addSyntheticAddresses(_ count: Int, account name: String = "demo") throws {
        try pool.write { db in
            try Self.insertSynthetic(db, count: count, account: try Self.accountID(db, name: name))
        }
    }

    static func insertSynthetic(_ db: Database, count: Int, account: Int64) throws {
        guard count > 0 else { return }
        let statement = try db.makeStatement(sql: """
            INSERT INTO address(account_id, namelastname, iscompany, companyname, documentid,
                countrycode, cityid, cityname, zipcode, address, verified, addressverified, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let now = Date().timeIntervalSince1970
        for index in 0..<count {
            let address = DemoData.synthetic(index)
            try statement.execute(arguments: [
                account, address.namelastname, address.iscompany, address.companyname,
                address.documentid, address.countrycode, address.cityid, address.cityname,
                address.zipcode, address.address, index % 3 != 0, index % 4 != 0, now,
            ])
        }
    }

    /// Sets an account's balance; the text keeps its precision (`10`, `10.5`, `10.500`).
    public func setBalance(_ amount: String, account name: String = "demo") throws {
        guard let value = Decimal(string: amount),
            !value.isNaN, amount.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
        else { throw SandboxConfigurationError("'\(amount)' is not a decimal amount such as 152.34") }
        try pool.write { db in
            try db.execute(
                sql: "UPDATE account SET balance = ?, spend_since = ? WHERE id = ?",
                arguments: [amount, Date().timeIntervalSince1970, try Self.accountID(db, name: name)])
        }
    }

    /// Makes an account's balance go down by `spend.perDay` a day from now on (0 stops it):
    /// the balance spent so far is kept as the new starting figure.
    public func setSpend(_ spend: SandboxSpend, account name: String = "demo") throws {
        try pool.write { db in
            let id = try Self.accountID(db, name: name)
            let now = spend.since
            let current = try Self.balance(db, account: id, at: now)
            try db.execute(
                sql: """
                    UPDATE account SET balance = ?, spend_per_day = ?, spend_jitter = ?, spend_speed = ?, spend_since = ?
                    WHERE id = ?
                    """,
                arguments: [current, spend.perDay, spend.jitter, spend.speed, now.timeIntervalSince1970, id])
        }
    }

    /// Adds (or replaces) a credential pair of an account, with an optional IP allow-list:
    /// an access named after its user, allowed every way in.
    public func addCredential(user: String, password: String, allowedIPs: [IPRange], account name: String = "demo") throws {
        try addAccess(name: user, user: user, password: password, ways: Set(AccessWay.allCases), allowedIPs: allowedIPs, account: name)
    }

    /// Deletes everything (request log included) and seeds the demo account again.
    public func reset(syntheticAddresses: Int = 0) throws {
        try pool.write { db in
            try db.execute(sql: """
                DELETE FROM account; DELETE FROM request_log; DELETE FROM setting;
                UPDATE sqlite_sequence SET seq = 999 WHERE name = 'address';
                """)
        }
        try seedDemo(syntheticAddresses: syntheticAddresses)
    }

    /// Checks the file the way the next start would rely on it.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    static func accountID(_ db: Database, name: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE name = ?", arguments: [name])
        else { throw SandboxConfigurationError("the sandbox has no account named '\(name)'") }
        return id
    }
}

extension SandboxStore {
    /// An account's balance as the API would answer it now.
    public func balance(account name: String = "demo") throws -> String {
        try pool.read { db in try Self.balance(db, account: try Self.accountID(db, name: name)) }
    }
}
