import Foundation

/// A time of day as the UI shows it: `HH:MM:SS`, local time.
public enum ClockText {
    /// `date` as `time_t`, held within what `localtime_r` can take (a forecast of a huge
    /// balance spent slowly lies billions of years ahead).
    static func seconds(_ date: Date) -> time_t {
        let value = date.timeIntervalSince1970
        guard value.isFinite else { return 0 }
        return time_t(max(-1e15, min(1e15, value)))
    }

    public static func of(_ date: Date) -> String {
        var seconds = seconds(date)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}

extension ClockText {
    /// Local day, month (1–12), hour and minute of `date`.
    public static func parts(_ date: Date) -> (day: Int, month: Int, hour: Int, minute: Int) {
        var seconds = seconds(date)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return (Int(parts.tm_mday), Int(parts.tm_mon) + 1, Int(parts.tm_hour), Int(parts.tm_min))
    }

    /// `HH:MM`, local time.
    public static func hourMinute(_ date: Date) -> String {
        let parts = parts(date)
        return String(format: "%02d:%02d", parts.hour, parts.minute)
    }
}
