/// An `error` code of the API. Codes the client does not know are kept verbatim (`unknown`)
/// and shown with a generic explanation: the live service may add codes.
public enum APIErrorCode: Sendable, Hashable, CustomStringConvertible {
    case missingUser, missingPassword, missingClass, missingMethod, missingCompulsoryParam
    case incorrectUserPassword, incorrectClass, incorrectMethod
    case emptyCountryCode, countryNotFound, emptyCity, cityNotFound
    /// The sandbox's own codes (api.md), for cases the provider's page does not describe.
    case addressNotFound, channelNotFound, ipNotAllowed, invalidParameter, malformedRequest, requestTooLarge
    case unknown(String)

    private static let table: [(APIErrorCode, String)] = [
        (.missingUser, "MISSING_USER"), (.missingPassword, "MISSING_PASSWORD"),
        (.missingClass, "MISSING_CLASS"), (.missingMethod, "MISSING_METHOD"),
        (.missingCompulsoryParam, "MISSING_COMPULSORY_PARAM"),
        (.incorrectUserPassword, "INCORRECT_USER_PASSWORD"), (.incorrectClass, "INCORRECT_CLASS"),
        (.incorrectMethod, "INCORRECT_METHOD"), (.emptyCountryCode, "EMPTY_COUNTRYCODE"),
        (.countryNotFound, "COUNTRY_NOT_FOUND"), (.emptyCity, "EMPTY_CITY"), (.cityNotFound, "CITY_NOT_FOUND"),
        (.addressNotFound, "ADDRESS_NOT_FOUND"), (.channelNotFound, "CHANNEL_NOT_FOUND"),
        (.ipNotAllowed, "IP_NOT_ALLOWED"), (.invalidParameter, "INVALID_PARAMETER"),
        (.malformedRequest, "MALFORMED_REQUEST"), (.requestTooLarge, "REQUEST_TOO_LARGE"),
    ]
    private static let byCode = Dictionary(uniqueKeysWithValues: table.map { ($0.1, $0.0) })

    /// Every code with a meaning of its own (not `unknown`).
    public static var known: [APIErrorCode] { table.map(\.0) }

    public init(code: String) {
        self = Self.byCode[code.uppercased()] ?? .unknown(code)
    }

    /// The code as the server sends it.
    public var code: String {
        if case .unknown(let code) = self { return code }
        return Self.table.first { $0.0 == self }!.1
    }

    public var description: String { code }

    /// What the code means and what to do about it, in English.
    public var explanation: String {
        switch self {
        case .missingUser: "no user name was sent; set the profile's user or AFILNET_USER"
        case .missingPassword: "no password was sent; set password_command or AFILNET_PASSWORD"
        case .missingClass: "the request had no class (a client bug; please report it)"
        case .missingMethod: "the request had no method (a client bug; please report it)"
        case .missingCompulsoryParam: "a required parameter was not sent; fill every required field"
        case .incorrectUserPassword: "wrong user or password; check the profile's credentials"
        case .incorrectClass: "the server does not know the class 'user' (wrong endpoint?)"
        case .incorrectMethod: "the server does not know this method (wrong endpoint or API version?)"
        case .emptyCountryCode: "the country code is empty; pick a country"
        case .countryNotFound: "no country has that code; use ISO 3166-1 alpha-2, e.g. EE"
        case .emptyCity: "the city is empty; give its id and name"
        case .cityNotFound: "that city id does not exist in the chosen country"
        case .addressNotFound: "no address with that id (deleted already? refresh the list)"
        case .channelNotFound: "no channel with that name; list the channels to see them"
        case .ipNotAllowed: "this credential may not be used from your IP address; ask for it to be allowed"
        case .invalidParameter: "a parameter has a value the server does not accept"
        case .malformedRequest: "the server could not decode the request"
        case .requestTooLarge: "the request was too large for the server"
        case .unknown(let code): "the server answered with the code \(code), which this version does not know"
        }
    }

    /// The address-form field a code of `addaddress` concerns, if one.
    public var addressField: AddressField? {
        switch self {
        case .emptyCountryCode, .countryNotFound: .country
        case .emptyCity: .cityName
        case .cityNotFound: .cityID
        default: nil
        }
    }

    /// Whether the code means the credentials themselves are wrong or refused.
    public var isAuthentication: Bool {
        switch self {
        case .missingUser, .missingPassword, .incorrectUserPassword, .ipNotAllowed: true
        default: false
        }
    }
}
