import Foundation
import GRDB

/// Opens the sandbox's SQLite file (WAL, foreign keys, busy timeout) and migrates it.
///
/// Several processes may share the file — the server and `sandbox set-balance` from a
/// shell — so every change runs in a transaction and nothing is cached across requests.
enum SandboxDatabase {
    static func open(path: String) throws -> DatabasePool {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try migrator.migrate(pool)
        return pool
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE account(
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    balance TEXT NOT NULL);
                CREATE TABLE credential(
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    user TEXT NOT NULL UNIQUE,
                    password TEXT NOT NULL,
                    allowed_ips TEXT NOT NULL DEFAULT '');
                CREATE TABLE address(
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    namelastname TEXT NOT NULL,
                    iscompany INTEGER NOT NULL,
                    companyname TEXT NOT NULL,
                    documentid TEXT NOT NULL,
                    countrycode TEXT NOT NULL,
                    cityid INTEGER NOT NULL,
                    cityname TEXT NOT NULL,
                    zipcode TEXT NOT NULL,
                    address TEXT NOT NULL,
                    verified INTEGER NOT NULL DEFAULT 0,
                    addressverified INTEGER NOT NULL DEFAULT 0,
                    created_at REAL NOT NULL,
                    verify_at REAL);
                CREATE INDEX address_by_account ON address(account_id, id);
                INSERT INTO sqlite_sequence(name, seq) VALUES('address', 999);
                CREATE TABLE channel(
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    active INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY(account_id, name));
                CREATE TABLE request_log(
                    id INTEGER PRIMARY KEY,
                    time REAL NOT NULL,
                    source_ip TEXT NOT NULL,
                    class TEXT NOT NULL,
                    method TEXT NOT NULL,
                    parameters TEXT NOT NULL,
                    http_status INTEGER NOT NULL,
                    response TEXT NOT NULL,
                    user_agent TEXT NOT NULL,
                    auth TEXT NOT NULL,
                    fault TEXT NOT NULL,
                    duration_ms REAL NOT NULL);
                """)
        }
        // Spending (`sandbox spend`): the balance read is `balance` less what the rate has
        // spent since `spend_since` (SandboxSpend).
        migrator.registerMigration("v2-spend") { db in
            try db.execute(sql: """
                ALTER TABLE account ADD COLUMN spend_per_day REAL NOT NULL DEFAULT 0;
                ALTER TABLE account ADD COLUMN spend_jitter REAL NOT NULL DEFAULT 0;
                ALTER TABLE account ADD COLUMN spend_speed REAL NOT NULL DEFAULT 1;
                ALTER TABLE account ADD COLUMN spend_since REAL NOT NULL DEFAULT 0;
                """)
        }
        // Accesses (the provider's "secure API connection"): each credential is a named access
        // with the ways in it may use; tokens it was given; the log says which access and API.
        migrator.registerMigration("v3-accesses") { db in
            try db.execute(sql: """
                ALTER TABLE credential ADD COLUMN name TEXT;
                UPDATE credential SET name = user;
                CREATE UNIQUE INDEX credential_by_name ON credential(name);
                ALTER TABLE credential ADD COLUMN ways TEXT NOT NULL DEFAULT 'http,basic,soap,jwt';
                CREATE TABLE token(
                    jti TEXT PRIMARY KEY,
                    credential_id INTEGER NOT NULL REFERENCES credential(id) ON DELETE CASCADE,
                    issued_at REAL NOT NULL,
                    expires_at REAL NOT NULL,
                    revoked INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE setting(name TEXT PRIMARY KEY, value BLOB NOT NULL);
                ALTER TABLE request_log ADD COLUMN api TEXT NOT NULL DEFAULT 'http';
                ALTER TABLE request_log ADD COLUMN access TEXT NOT NULL DEFAULT '';
                ALTER TABLE request_log ADD COLUMN refusal TEXT NOT NULL DEFAULT '';
                CREATE INDEX request_log_by_access ON request_log(access, id);
                """)
        }
        return migrator
    }

    /// `$XDG_DATA_HOME/afilnet-tui/sandbox.sqlite` (or `~/.local/share/…`).
    public static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() + "/.local/share")
        return base + "/afilnet-tui/sandbox.sqlite"
    }
}
