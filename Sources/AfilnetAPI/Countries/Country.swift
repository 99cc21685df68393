import Localization

/// An ISO 3166-1 country, as the API's `countrycode` parameter names it.
public struct Country: Sendable, Hashable, Identifiable {
    /// Alpha-2 code in upper case, e.g. `EE`.
    public let code: String
    public let name: String
    public let estonianName: String

    public var id: String { code }

    /// The country's name in `language` (iso-codes' translation).
    public func name(in language: Language) -> String {
        language == .estonian ? estonianName : name
    }

    /// Looks a country up by alpha-2 code in any case (`ee`, `EE`), as the API accepts it.
    public static func named(code: String) -> Country? {
        byCode[code.uppercased()]
    }

    private static let byCode: [String: Country] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// A country by its name in either language, case ignored (`estonia`, `Eesti`).
    public static func named(_ typed: String) -> Country? {
        guard typed.utf8.count <= longestName else { return nil }
        return byLowercasedName[typed.lowercased()]
    }

    /// Countries whose name in either language starts with `typed` (case ignored), in list
    /// order. The names are lowercased once, here; a key typed into the form costs one
    /// lowercasing of what is typed, not one of every country's names (docs/architecture.md,
    /// "Per-key work").
    public static func completing(_ typed: String) -> [Country] {
        guard typed.utf8.count <= longestName else { return [] }
        let lowered = typed.lowercased()
        return lowercasedNames.filter { $0.name.hasPrefix(lowered) || $0.estonian.hasPrefix(lowered) }.map(\.country)
    }

    private static let lowercasedNames: [(name: String, estonian: String, country: Country)] = all.map {
        ($0.name.lowercased(), $0.estonianName.lowercased(), $0)
    }

    private static let byLowercasedName: [String: Country] = {
        var names: [String: Country] = [:]
        for entry in lowercasedNames {
            names[entry.estonian] = names[entry.estonian] ?? entry.country
            names[entry.name] = names[entry.name] ?? entry.country
        }
        return names
    }()

    /// Nothing longer names a country (lowercasing can grow a text, so with room to spare).
    private static let longestName = 3 * lowercasedNames.map { max($0.name.utf8.count, $0.estonian.utf8.count) }.max()!
}
