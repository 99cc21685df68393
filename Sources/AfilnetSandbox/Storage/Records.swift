/// One address as stored, with verification already resolved for the time of reading.
public struct AddressRecord: Sendable, Equatable {
    public var id: Int64
    public var namelastname: String
    public var iscompany: Bool
    public var companyname: String
    public var documentid: String
    public var countrycode: String
    public var cityid: Int64
    public var cityname: String
    public var zipcode: String
    public var address: String
    public var verified: Bool
    public var addressverified: Bool
}

/// The fields of an `addaddress` call, already checked.
struct NewAddressRecord: Sendable {
    var namelastname: String
    var iscompany: Bool
    var companyname: String
    var documentid: String
    var countrycode: String
    var cityid: Int64
    var cityname: String
    var zipcode: String
    var address: String
}

public struct ChannelRecord: Sendable, Equatable {
    public var type: String
    public var name: String
    public var active: Bool
}
