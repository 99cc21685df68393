import Localization

/// How an answer broke the API's format (`AfilnetError.protocolViolation`).
public enum ProtocolProblem: Sendable, Equatable {
    case invalidJSON, notAnObject, noStatus, errorWithoutCode
    case unknownStatus(String)
    case balanceObjectWithoutBalance, balanceNotANumber
    /// 1-based positions in the list.
    case addressWithoutID(Int), channelWithoutName(Int)
    case listShape, notAList
    /// `addaddress` answered but an identical address was there before: which one is new?
    case ambiguousAdd

    public func text(in t: Catalogue) -> String {
        switch self {
        case .invalidJSON: t.protocolInvalidJSON
        case .notAnObject: t.protocolNotAnObject
        case .noStatus: t.protocolNoStatus
        case .errorWithoutCode: t.protocolErrorWithoutCode
        case .unknownStatus(let status): t.protocolUnknownStatus(status)
        case .balanceObjectWithoutBalance: t.protocolBalanceObject
        case .balanceNotANumber: t.protocolBalanceNotANumber
        case .addressWithoutID(let position): t.protocolAddressWithoutID(position)
        case .channelWithoutName(let position): t.protocolChannelWithoutName(position)
        case .listShape: t.protocolListShape
        case .notAList: t.protocolNotAList
        case .ambiguousAdd: t.protocolAmbiguousAdd
        }
    }
}

/// Why an endpoint URL cannot be used (`AfilnetError.invalidEndpoint`).
public enum EndpointProblem: Sendable, Equatable {
    case notAnHTTPURL(String)
    case carriesCredentials
    case plainHTTPOffLoopback(host: String)
    case unsupportedScheme(String)

    public func text(in t: Catalogue) -> String {
        switch self {
        case .notAnHTTPURL(let text): t.endpointNotAURL(text)
        case .carriesCredentials: t.endpointCredentials
        case .plainHTTPOffLoopback(let host): t.endpointPlainHTTP(host)
        case .unsupportedScheme(let scheme): t.endpointScheme(scheme)
        }
    }
}
