import Localization

/// An `error` code of the API, the one place its codes are spelled: the client reads them, the
/// sandbox answers with them (docs/api.md). Codes the client does not know are kept verbatim
/// (`unknown`) and shown with a generic explanation: the live service may add codes.
public enum APIErrorCode: Error, Sendable, Hashable, CustomStringConvertible {
    /// A code with a meaning of its own.
    case known(Known)
    /// A code this client does not know, verbatim.
    case unknown(String)

    /// The codes with a meaning of their own, spelled as the server sends them.
    public enum Known: String, Sendable, Hashable, CaseIterable {
        // The provider's page.
        case missingUser = "MISSING_USER"
        case missingPassword = "MISSING_PASSWORD"
        case missingClass = "MISSING_CLASS"
        case missingMethod = "MISSING_METHOD"
        case missingCompulsoryParam = "MISSING_COMPULSORY_PARAM"
        case incorrectUserPassword = "INCORRECT_USER_PASSWORD"
        case incorrectClass = "INCORRECT_CLASS"
        case incorrectMethod = "INCORRECT_METHOD"
        case emptyCountryCode = "EMPTY_COUNTRYCODE"
        case countryNotFound = "COUNTRY_NOT_FOUND"
        case emptyCity = "EMPTY_CITY"
        case cityNotFound = "CITY_NOT_FOUND"
        // The sandbox's own (docs/api.md), for cases the provider's page does not describe.
        case addressNotFound = "ADDRESS_NOT_FOUND"
        case channelNotFound = "CHANNEL_NOT_FOUND"
        case ipNotAllowed = "IP_NOT_ALLOWED"
        case invalidParameter = "INVALID_PARAMETER"
        case malformedRequest = "MALFORMED_REQUEST"
        case requestTooLarge = "REQUEST_TOO_LARGE"
        // The sandbox's, for its accesses and tokens (docs/api.md, "Accesses", "JWT").
        case apiNotAllowed = "API_NOT_ALLOWED"
        case tokenExpired = "TOKEN_EXPIRED"
        case invalidToken = "INVALID_TOKEN"
        case tokenRevoked = "TOKEN_REVOKED"
    }

    // Each known code by its name, as code is written: `throw .missingUser`, `case .api(.cityNotFound)`.
    public static let missingUser = APIErrorCode.known(.missingUser)
    public static let missingPassword = APIErrorCode.known(.missingPassword)
    public static let missingClass = APIErrorCode.known(.missingClass)
    public static let missingMethod = APIErrorCode.known(.missingMethod)
    public static let missingCompulsoryParam = APIErrorCode.known(.missingCompulsoryParam)
    public static let incorrectUserPassword = APIErrorCode.known(.incorrectUserPassword)
    public static let incorrectClass = APIErrorCode.known(.incorrectClass)
    public static let incorrectMethod = APIErrorCode.known(.incorrectMethod)
    public static let emptyCountryCode = APIErrorCode.known(.emptyCountryCode)
    public static let countryNotFound = APIErrorCode.known(.countryNotFound)
    public static let emptyCity = APIErrorCode.known(.emptyCity)
    public static let cityNotFound = APIErrorCode.known(.cityNotFound)
    public static let addressNotFound = APIErrorCode.known(.addressNotFound)
    public static let channelNotFound = APIErrorCode.known(.channelNotFound)
    public static let ipNotAllowed = APIErrorCode.known(.ipNotAllowed)
    public static let invalidParameter = APIErrorCode.known(.invalidParameter)
    public static let malformedRequest = APIErrorCode.known(.malformedRequest)
    public static let requestTooLarge = APIErrorCode.known(.requestTooLarge)
    public static let apiNotAllowed = APIErrorCode.known(.apiNotAllowed)
    public static let tokenExpired = APIErrorCode.known(.tokenExpired)
    public static let invalidToken = APIErrorCode.known(.invalidToken)
    public static let tokenRevoked = APIErrorCode.known(.tokenRevoked)

    /// Every code with a meaning of its own (not `unknown`).
    public static var known: [APIErrorCode] { Known.allCases.map(APIErrorCode.known) }

    public init(code: String) {
        self = Known(rawValue: code.uppercased()).map(APIErrorCode.known) ?? .unknown(code)
    }

    /// The code as the server sends it.
    public var code: String {
        switch self {
        case .known(let known): known.rawValue
        case .unknown(let code): code
        }
    }

    public var description: String { code }

    /// What the code means and what to do about it, in English (logs, `description`s).
    public var explanation: String { explanation(in: .english) }

    /// What the code means and what to do about it, in the catalogue's language.
    public func explanation(in text: Catalogue) -> String {
        guard case .known(let known) = self else { return text.apiUnknownCode(code) }
        return switch known {
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
        }
    }

    /// The `addaddress` parameter a code concerns, if one.
    public var parameter: APIField? {
        guard case .known(let known) = self else { return nil }
        switch known {
        case .emptyCountryCode, .countryNotFound: return .countrycode
        case .emptyCity: return .cityname
        case .cityNotFound: return .cityid
        case .missingUser, .missingPassword, .missingClass, .missingMethod, .missingCompulsoryParam, .incorrectUserPassword,
            .incorrectClass, .incorrectMethod, .addressNotFound, .channelNotFound, .ipNotAllowed, .invalidParameter,
            .malformedRequest, .requestTooLarge, .apiNotAllowed, .tokenExpired, .invalidToken, .tokenRevoked:
            return nil
        }
    }

    /// Whether the code means the credentials themselves are wrong or refused.
    public var isAuthentication: Bool {
        guard case .known(let known) = self else { return false }
        switch known {
        case .missingUser, .missingPassword, .incorrectUserPassword, .ipNotAllowed, .apiNotAllowed: return true
        case .tokenExpired, .invalidToken, .tokenRevoked: return true
        case .missingClass, .missingMethod, .missingCompulsoryParam, .incorrectClass, .incorrectMethod, .emptyCountryCode,
            .countryNotFound, .emptyCity, .cityNotFound, .addressNotFound, .channelNotFound, .invalidParameter,
            .malformedRequest, .requestTooLarge:
            return false
        }
    }

    /// Whether a fresh token may cure the refusal: the call was refused before anything was
    /// done (the check order, docs/api.md), so it may be sent once more with a new token.
    public var refusesToken: Bool {
        self == .tokenExpired || self == .invalidToken || self == .tokenRevoked
    }
}
