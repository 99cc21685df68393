import GRDB

/// How the history stays small: every sample for a week, then the last of each hour, after
/// 90 days the last of each day. A top-up stays visible as a step between two kept samples.
enum Thinning {
    static let hour = 3600.0
    static let day = 86_400.0
    /// Samples of the last week are all kept.
    static let keepAll = 7 * day
    /// Up to 90 days, one per hour; beyond, one per day.
    static let keepHourly = 90 * day
    /// How often an account is thinned (on append).
    static let interval = hour

    static func apply(_ db: Database, account: String, now: Double) throws {
        try keepLast(db, account: account, per: hour, from: now - keepHourly, to: now - keepAll)
        try keepLast(db, account: account, per: day, from: -Double.greatestFiniteMagnitude, to: now - keepHourly)
    }

    /// Within [from, to), keeps only the newest sample of each `per`-second bucket.
    private static func keepLast(_ db: Database, account: String, per bucket: Double, from: Double, to: Double) throws {
        try db.execute(
            sql: """
                DELETE FROM sample WHERE account = :account AND time >= :from AND time < :to AND id NOT IN (
                    SELECT id FROM (
                        SELECT id, ROW_NUMBER() OVER (
                            PARTITION BY CAST(time / :bucket AS INTEGER) ORDER BY time DESC, id DESC) AS n
                        FROM sample WHERE account = :account AND time >= :from AND time < :to)
                    WHERE n = 1)
                """,
            arguments: ["account": account, "from": from, "to": to, "bucket": bucket])
    }
}
