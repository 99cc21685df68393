/// The sandbox's cities: ids are per country and start at 1, as in the provider's example
/// (`countrycode=us&cityid=1`), so `CITY_NOT_FOUND` can be answered for real.
enum CityTable {
    /// The city with `id` in the country with alpha-2 `countryCode` (any case).
    static func city(id: Int, countryCode: String) -> String? {
        guard let names = builtIn[countryCode.uppercased()], id >= 1, id <= names.count else {
            return nil
        }
        return names[id - 1]
    }
}
