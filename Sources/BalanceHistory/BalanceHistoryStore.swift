import Foundation
import GRDB

/// The local balance history: every successful read, per account, in one SQLite file (WAL)
/// shared by every process of the user — two UIs and a cron job append at once, each append
/// one short immediate transaction, so none is lost and the file is never corrupt.
///
/// Bounded: samples older than a week are thinned to the last of each hour, older than 90
/// days to the last of each day (`Thinning`), at most once an hour per account.
public final class BalanceHistoryStore: Sendable {
    public let path: String
    private let pool: DatabasePool

    /// Opens (creating it 0600, its folder 0700) the history at `path`.
    public init(path: String = HistoryLocation.defaultPath()) throws {
        self.path = path
        try HistoryFolder.make(for: path)
        // Created private before SQLite sees it: SQLite gives the -wal and -shm files the
        // database file's mode.
        let descriptor = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 { close(descriptor) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
        try foldSpool()
    }

    /// Appends one read; thins the account's older samples when an hour has passed since the
    /// last thinning.
    public func append(_ sample: BalanceSample, account: String) throws {
        try foldSpool()
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try Self.insert(db, sample, account: account)
                return .commit
            }
        }
    }

    /// Moves what one-shot commands left in the spool (`BalanceSpool`) into the database, in
    /// one transaction; readings already there (a fold cut short) are skipped.
    func foldSpool() throws {
        try BalanceSpool.fold(BalanceSpool.path(beside: path)) { readings in
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    for (sample, account) in readings {
                        let there = try Bool.fetchOne(
                            db, sql: "SELECT 1 FROM sample WHERE account = ? AND time = ? AND balance = ? AND source = ?",
                            arguments: Self.row(sample, account: account))
                        if there == nil { try Self.insert(db, sample, account: account) }
                    }
                    return .commit
                }
            }
        }
    }

    /// A sample as the columns (account, time, balance, source) of its row.
    private static func row(_ sample: BalanceSample, account: String) -> StatementArguments {
        [account, sample.time.timeIntervalSince1970, "\(sample.amount)", sample.source.rawValue]
    }

    /// One sample in, and the account thinned when an hour has passed since its last thinning.
    private static func insert(_ db: Database, _ sample: BalanceSample, account: String) throws {
        try db.execute(
            sql: "INSERT INTO sample(account, time, balance, source) VALUES (?, ?, ?, ?)",
            arguments: Self.row(sample, account: account))
        let last = try Double.fetchOne(db, sql: "SELECT at FROM thinned WHERE account = ?", arguments: [account])
        let now = sample.time.timeIntervalSince1970
        if last.map({ now - $0 >= Thinning.interval }) ?? true {
            try Thinning.apply(db, account: account, now: now)
            try db.execute(sql: "INSERT OR REPLACE INTO thinned(account, at) VALUES (?, ?)", arguments: [account, now])
        }
    }

    /// Appends many samples in one transaction (`sandbox history-seed`), thinned once.
    public func append(contentsOf samples: [BalanceSample], account: String) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let statement = try db.makeStatement(sql: "INSERT INTO sample(account, time, balance, source) VALUES (?, ?, ?, ?)")
                for sample in samples {
                    try statement.execute(arguments: Self.row(sample, account: account))
                }
                if let newest = samples.map(\.time).max() { try Thinning.apply(db, account: account, now: newest.timeIntervalSince1970) }
                return .commit
            }
        }
    }

    /// The account's samples from `since` on (all when nil), oldest first.
    public func samples(account: String, since: Date? = nil) throws -> [BalanceSample] {
        try foldSpool()
        return try pool.read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT time, balance, source FROM sample WHERE account = ? AND time >= ? ORDER BY time, id",
                arguments: [account, since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude])
            var result: [BalanceSample] = []
            while let row = try rows.next() {
                let text: String = row[1]
                guard let amount = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { continue }
                result.append(BalanceSample(
                    time: Date(timeIntervalSince1970: row[0]), amount: amount,
                    source: BalanceSample.Source(rawValue: row[2]) ?? .ui))
            }
            return result
        }
    }

    /// How many samples the account has (tests, `--history` summaries).
    public func count(account: String) throws -> Int {
        try foldSpool()
        return try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sample WHERE account = ?", arguments: [account]) ?? 0
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE sample(
                    id INTEGER PRIMARY KEY,
                    account TEXT NOT NULL,
                    time REAL NOT NULL,
                    balance TEXT NOT NULL,
                    source TEXT NOT NULL);
                CREATE INDEX sample_by_account_time ON sample(account, time);
                CREATE TABLE thinned(account TEXT PRIMARY KEY, at REAL NOT NULL);
                """)
        }
        return migrator
    }
}
