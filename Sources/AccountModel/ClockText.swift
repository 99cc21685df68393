import Foundation

/// A time of day as the UI shows it: `HH:MM:SS`, local time.
public enum ClockText {
    public static func of(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
