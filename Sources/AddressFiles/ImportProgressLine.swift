import Localization

/// The import's progress as one line: a bar when there is room, rows done of all, the rate,
/// the time left and the failures so far.
public enum ImportProgressLine {
    public static func text(_ progress: AddressImporter.Progress, elapsed: Double, columns: Int, _ text: Catalogue) -> String {
        let rate = elapsed > 0 ? Double(progress.done) / elapsed : 0
        let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let words = text.importProgress(progress.done, progress.total, formatRate(rate), duration(left), progress.failed)
        let room = columns - words.count - 3
        guard room >= 10, progress.total > 0 else { return words }
        let width = min(room, 40)
        let filled = width * progress.done / progress.total
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] " + words
    }

    static func formatRate(_ rate: Double) -> String {
        rate >= 100 ? String(Int(rate.rounded())) : String(Double(Int(rate * 10)) / 10)
    }

    /// `45s`, `2m31s`, `1h02m`.
    public static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(pad(total % 60))s" }
        return "\(total / 3600)h\(pad(total % 3600 / 60))m"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
