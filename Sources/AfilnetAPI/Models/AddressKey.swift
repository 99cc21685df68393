/// What makes two addresses the same one: every field `addaddress` sends, the country code
/// in any case, the company name only for companies. `Address.matches` is this equality; the
/// import keeps a set of them to find rows already on the account.
public struct AddressKey: Hashable, Sendable {
    private let fields: [String]

    public init(_ address: NewAddress) {
        fields = [
            address.contactName, address.isCompany ? "1" : "0", address.isCompany ? address.companyName : "", address.documentID,
            address.countryCode.uppercased(), String(address.cityID), address.cityName, address.zipCode, address.street,
        ]
    }

    public init(_ address: Address) {
        self.init(NewAddress(
            contactName: address.contactName, isCompany: address.isCompany, companyName: address.companyName,
            documentID: address.documentID, countryCode: address.countryCode, cityID: address.cityID,
            cityName: address.cityName, zipCode: address.zipCode, street: address.street))
    }
}
