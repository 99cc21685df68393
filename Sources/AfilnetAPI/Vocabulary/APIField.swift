/// Every parameter and record member name of the API (docs/api.md), spelled here and nowhere
/// else: the client encodes and decodes by these, the form names its fields' parameters by
/// them, the sandbox validates and answers by them.
public enum APIField: String, Sendable, CaseIterable {
    // Every call.
    case apiClass = "class", method, user, password
    // Address records and `addaddress`.
    case id, namelastname, iscompany, companyname, documentid, countrycode, cityid, cityname, zipcode, address
    case verified, addressverified
    // `deleteaddress`.
    case idaddress
    // Channel records and `modifychannel`.
    case channeltype, channelname, active

    /// An address record's members, in the order the sandbox writes them.
    public static let addressRecord: [APIField] = [
        .id, .namelastname, .iscompany, .companyname, .documentid, .countrycode, .cityid, .cityname, .zipcode, .address,
        .verified, .addressverified,
    ]

    /// `addaddress`'s parameters, in the order of the provider's page.
    public static let newAddress: [APIField] = [
        .namelastname, .iscompany, .companyname, .documentid, .countrycode, .cityid, .cityname, .zipcode, .address,
    ]

    /// A channel record's members, in the order the sandbox writes them.
    public static let channelRecord: [APIField] = [.channeltype, .channelname, .active]
}

/// The API's six methods (`class=user`).
public enum APIMethod: String, Sendable, CaseIterable {
    case getbalance, addaddress, deleteaddress, getaddresses, getchannels, modifychannel

    /// The one `class` they belong to.
    public static let apiClass = "user"

    /// Whether the method changes the account (never retried; see docs/api.md).
    public var writes: Bool { self == .addaddress || self == .deleteaddress || self == .modifychannel }
}
