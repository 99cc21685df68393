/// The languages the UI speaks. Each has a complete `Catalogue`.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case estonian = "et"

    /// Reads a language from what a user or the environment writes: `et`, `et_EE.UTF-8`,
    /// `et-EE`, `et_EE@euro`, `Estonian`, `eesti`. Nil for anything else, `C` and `POSIX`
    /// included (those mean "no preference", not English on purpose).
    public init?(tag: String) {
        let lowered = tag.lowercased()
        switch lowered {
        case "english": self = .english; return
        case "estonian", "eesti": self = .estonian; return
        default: break
        }
        // The language part of a POSIX locale name: before `_`, `-`, `.` or `@`.
        let code = lowered.prefix { $0.isLetter }
        guard let language = Language(rawValue: String(code)) else { return nil }
        self = language
    }

    /// The language to use: `chosen` (`--lang`, else the config's `language`) when given,
    /// else the locale environment in POSIX order — `LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`; the first one set and non-empty decides. GNU's `LANGUAGE` list is honoured
    /// before it unless that locale is `C`/`POSIX`, as gettext does. English otherwise.
    /// The locale need not be installed: only its name is read.
    public static func resolve(chosen: Language? = nil, environment: [String: String]) -> Language {
        if let chosen { return chosen }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale, locale != "C", locale != "POSIX", !locale.hasPrefix("C.") else { return .english }
        for tag in (environment["LANGUAGE"] ?? "").split(separator: ":") {
            if let language = Language(tag: String(tag)) { return language }
        }
        return Language(tag: locale) ?? .english
    }

    public var catalogue: Catalogue {
        switch self {
        case .english: .english
        case .estonian: .estonian
        }
    }
}
