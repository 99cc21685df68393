import AfilnetAPI

/// The city ids the account's own addresses use, per country, with the name they are most
/// often given and how many addresses use each: the form's help for the city id, which the
/// API has no method to list. Only what the account holds — other ids may exist.
public struct CityDirectory: Sendable, Equatable {
    public struct City: Sendable, Equatable {
        public let id: Int64
        public let name: String
        public let count: Int
        /// `name` folded as the filter folds (once, not on every key).
        let folded: [UInt8]

        public init(id: Int64, name: String, count: Int) {
            self.id = id
            self.name = name
            self.count = count
            folded = SearchFold.folded(name, .plain)
        }
    }

    private var byCountry: [String: [City]] = [:]

    public init(_ addresses: [Address]) {
        var names: [String: [Int64: [String: Int]]] = [:]
        for address in addresses {
            names[address.countryCode.uppercased(), default: [:]][address.cityID, default: [:]][address.cityName, default: 0] += 1
        }
        for (country, ids) in names {
            byCountry[country] = ids.map { id, spellings in
                let name = spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
                return City(id: id, name: name, count: spellings.values.reduce(0, +))
            }.sorted { ($0.count, $1.id) > ($1.count, $0.id) }
        }
    }

    /// The cities used in `country` (a code, any case), most used first.
    public func cities(in country: String) -> [City] { byCountry[country.uppercased()] ?? [] }

    /// Those that `typed` starts: by id when it is digits, else by name (case and, for Latin
    /// letters, marks ignored, as the filter does).
    public func matching(_ typed: String, in country: String) -> [City] {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return cities(in: country) }
        if text.allSatisfy({ $0.isASCII && $0.isWholeNumber }) {
            return cities(in: country).filter { String($0.id).hasPrefix(text) }
        }
        let folded = SearchFold.folded(text, .plain)
        return cities(in: country).filter { $0.folded.starts(with: folded) }
    }
}
