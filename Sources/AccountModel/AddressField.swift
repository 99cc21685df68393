import AfilnetAPI

/// A field of the address form, named as the user sees it.
public enum AddressField: String, Sendable, CaseIterable {
    case contactName, isCompany, companyName, documentID, country, cityID, cityName, zipCode, street

    /// The API parameter this field is sent as.
    public var apiField: APIField {
        switch self {
        case .contactName: .namelastname
        case .isCompany: .iscompany
        case .companyName: .companyname
        case .documentID: .documentid
        case .country: .countrycode
        case .cityID: .cityid
        case .cityName: .cityname
        case .zipCode: .zipcode
        case .street: .address
        }
    }

    /// Its name as the provider documents it.
    public var parameter: String { apiField.rawValue }

    /// The field a parameter is typed in.
    public init?(_ field: APIField) {
        guard let match = Self.allCases.first(where: { $0.apiField == field }) else { return nil }
        self = match
    }
}
