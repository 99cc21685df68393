/// One of the account's addresses, as `getaddresses` lists it.
public struct Address: Sendable, Hashable, Identifiable {
    public var id: Int64
    /// Contact person's first and last name (`namelastname`).
    public var contactName: String
    public var isCompany: Bool
    public var companyName: String
    public var documentID: String
    /// ISO 3166-1 alpha-2, upper case.
    public var countryCode: String
    public var cityID: Int64
    public var cityName: String
    public var zipCode: String
    /// Street address (`address`).
    public var street: String
    /// The identity document has been verified by the provider.
    public var verified: Bool
    /// The postal address has been verified by the provider.
    public var addressVerified: Bool

    public init(
        id: Int64, contactName: String, isCompany: Bool, companyName: String, documentID: String,
        countryCode: String, cityID: Int64, cityName: String, zipCode: String, street: String,
        verified: Bool, addressVerified: Bool
    ) {
        self.id = id
        self.contactName = contactName
        self.isCompany = isCompany
        self.companyName = companyName
        self.documentID = documentID
        self.countryCode = countryCode
        self.cityID = cityID
        self.cityName = cityName
        self.zipCode = zipCode
        self.street = street
        self.verified = verified
        self.addressVerified = addressVerified
    }

    /// Whether this stored address is the one `new` describes (to confirm an uncertain add).
    public func matches(_ new: NewAddress) -> Bool { AddressKey(self) == AddressKey(new) }
}
