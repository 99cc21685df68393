import Localization

/// An `error` code of the API, the one place its codes are spelled: the client reads them, the
/// sandbox answers with them (docs/api.md). Codes the client does not know are kept verbatim
/// (`unknown`) and shown with a generic explanation: the live service may add codes.
public enum APIErrorCode: Error, Sendable, Hashable, CustomStringConvertible {
    case missingUser, missingPassword, missingClass, missingMethod, missingCompulsoryParam
    case incorrectUserPassword, incorrectClass, incorrectMethod
    case emptyCountryCode, countryNotFound, emptyCity, cityNotFound
    /// The sandbox's own codes (docs/api.md), for cases the provider's page does not describe.
    case addressNotFound, channelNotFound, ipNotAllowed, invalidParameter, malformedRequest, requestTooLarge
    /// The sandbox's codes for its accesses and tokens (docs/api.md, "Accesses", "JWT").
    case apiNotAllowed, tokenExpired, invalidToken, tokenRevoked
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
        (.apiNotAllowed, "API_NOT_ALLOWED"), (.tokenExpired, "TOKEN_EXPIRED"), (.invalidToken, "INVALID_TOKEN"),
        (.tokenRevoked, "TOKEN_REVOKED"),
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

    /// What the code means and what to do about it, in English (logs, `description`s).
    public var explanation: String { explanation(in: .english) }

    /// What the code means and what to do about it, in the catalogue's language.
    public func explanation(in text: Catalogue) -> String {
        switch self {
        case .missingUser: text.errorMissingUser
        case .missingPassword: text.errorMissingPassword
        case .missingClass: text.errorMissingClass
        case .missingMethod: text.errorMissingMethod
        case .missingCompulsoryParam: text.errorMissingCompulsoryParam
        case .incorrectUserPassword: text.errorIncorrectUserPassword
        case .incorrectClass: text.errorIncorrectClass
        case .incorrectMethod: text.errorIncorrectMethod
        case .emptyCountryCode: text.errorEmptyCountryCode
        case .countryNotFound: text.errorCountryNotFound
        case .emptyCity: text.errorEmptyCity
        case .cityNotFound: text.errorCityNotFound
        case .addressNotFound: text.errorAddressNotFound
        case .channelNotFound: text.errorChannelNotFound
        case .ipNotAllowed: text.errorIpNotAllowed
        case .invalidParameter: text.errorInvalidParameter
        case .malformedRequest: text.errorMalformedRequest
        case .requestTooLarge: text.errorRequestTooLarge
        case .apiNotAllowed: text.errorApiNotAllowed
        case .tokenExpired: text.errorTokenExpired
        case .invalidToken: text.errorInvalidToken
        case .tokenRevoked: text.errorTokenRevoked
        case .unknown(let code): text.apiUnknownCode(code)
        }
    }

    /// The `addaddress` parameter a code concerns, if one.
    public var parameter: APIField? {
        switch self {
        case .emptyCountryCode, .countryNotFound: .countrycode
        case .emptyCity: .cityname
        case .cityNotFound: .cityid
        default: nil
        }
    }

    /// Whether the code means the credentials themselves are wrong or refused.
    public var isAuthentication: Bool {
        switch self {
        case .missingUser, .missingPassword, .incorrectUserPassword, .ipNotAllowed, .apiNotAllowed: true
        case .tokenExpired, .invalidToken, .tokenRevoked: true
        default: false
        }
    }

    /// Whether a fresh token may cure the refusal: the call was refused before anything was
    /// done (the check order, docs/api.md), so it may be sent once more with a new token.
    public var refusesToken: Bool {
        switch self {
        case .tokenExpired, .invalidToken, .tokenRevoked: true
        default: false
        }
    }
}
