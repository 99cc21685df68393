/// The error codes the sandbox answers with, in the `error` member of the envelope.
///
/// The first twelve are the provider's (docs/api.md); the rest are sandbox-only and documented as
/// such in README.md, for cases the provider's page does not describe.
public enum SandboxError: String, Error, Sendable, CaseIterable {
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
    // Sandbox-only.
    case addressNotFound = "ADDRESS_NOT_FOUND"
    case channelNotFound = "CHANNEL_NOT_FOUND"
    case ipNotAllowed = "IP_NOT_ALLOWED"
    case invalidParameter = "INVALID_PARAMETER"
    case malformedRequest = "MALFORMED_REQUEST"
    case requestTooLarge = "REQUEST_TOO_LARGE"
}
