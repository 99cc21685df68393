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
}
