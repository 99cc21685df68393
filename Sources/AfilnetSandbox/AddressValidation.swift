import AfilnetAPI

/// The checks of `addaddress`, in the sandbox's documented order:
/// 1. a required parameter absent, or present but empty (other than the location ones):
///    MISSING_COMPULSORY_PARAM;
/// 2. `iscompany` other than `0`/`1`: INVALID_PARAMETER (sandbox-only);
/// 3. `countrycode` empty: EMPTY_COUNTRYCODE; not an ISO 3166-1 alpha-2 code: COUNTRY_NOT_FOUND;
/// 4. `cityid` or `cityname` empty: EMPTY_CITY; `cityid` not a city of that country:
///    CITY_NOT_FOUND. The city name itself is free text, as on the provider's page.
enum AddressValidation {
    static let required = APIField.newAddress.filter { $0 != .companyname }
    private static let location: Set<APIField> = [.countrycode, .cityid, .cityname]

    static func validate(_ parameters: FormParameters) throws(SandboxError) -> NewAddressRecord {
        for name in required {
            guard let value = parameters[name] else { throw .missingCompulsoryParam }
            if value.isEmpty && !location.contains(name) { throw .missingCompulsoryParam }
        }
        guard let isCompany = APIHandler.flag(parameters[.iscompany]!) else { throw .invalidParameter }
        let code = parameters[.countrycode]!
        guard !code.isEmpty else { throw .emptyCountryCode }
        guard let country = Country.named(code: code) else { throw .countryNotFound }
        let cityText = parameters[.cityid]!, cityName = parameters[.cityname]!
        guard !cityText.isEmpty, !cityName.isEmpty else { throw .emptyCity }
        guard let cityID = Int64(cityText), CityTable.city(id: Int(cityID), countryCode: country.code) != nil
        else { throw .cityNotFound }
        return NewAddressRecord(
            namelastname: parameters[.namelastname]!, iscompany: isCompany,
            companyname: isCompany ? parameters[.companyname] ?? "" : "",
            documentid: parameters[.documentid]!, countrycode: country.code, cityid: cityID,
            cityname: cityName, zipcode: parameters[.zipcode]!, address: parameters[.address]!)
    }
}
