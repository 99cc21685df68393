import Foundation

/// One request the client made: the provider's "API logs" columns, seen from this side.
/// Secrets never get here: `RequestJournal.redact` runs before anything is stored.
public struct JournalEntry: Sendable, Equatable, Codable {
    public var time: Date
    /// Scheme, host and path of the endpoint (never a query string).
    public var endpoint: String
    public var apiClass: String
    public var method: String
    /// Parameters as sent, the password replaced by `RequestJournal.mask`.
    public var parameters: [String: String]
    /// `post`, `get`, `basic` or `jwt`.
    public var auth: String
    /// `http` or `soap` (entries from before SOAP have none and read as `http`).
    public var api: String
    /// HTTP status, 0 when no answer came.
    public var httpStatus: Int
    /// `SUCCESS`, an API code (`ERROR INCORRECT_USER_PASSWORD`) or the transport failure.
    public var outcome: String
    /// The start of the response body.
    public var response: String
    public var durationMilliseconds: Double
    /// 1 for the first try of a request, 2… for retries.
    public var attempt: Int

    public var succeeded: Bool { outcome == APIEnvelope.success }

    /// The outcome of a write whose answer the session ended before hearing.
    public static let endedBeforeAnswer = "UNKNOWN: the session ended before the answer"


    public init(
        time: Date, endpoint: String, apiClass: String, method: String, parameters: [String: String],
        auth: String, api: String = APIKind.http.rawValue, httpStatus: Int, outcome: String, response: String,
        durationMilliseconds: Double, attempt: Int
    ) {
        self.api = api
        self.time = time
        self.endpoint = endpoint
        self.apiClass = apiClass
        self.method = method
        self.parameters = parameters
        self.auth = auth
        self.httpStatus = httpStatus
        self.outcome = outcome
        self.response = response
        self.durationMilliseconds = durationMilliseconds
        self.attempt = attempt
    }

    enum CodingKeys: String, CodingKey {
        case time, endpoint, apiClass = "class", method, parameters, auth, api
        case httpStatus = "http_status", outcome, response, durationMilliseconds = "duration_ms", attempt
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        time = try values.decode(Date.self, forKey: .time)
        endpoint = try values.decode(String.self, forKey: .endpoint)
        apiClass = try values.decode(String.self, forKey: .apiClass)
        method = try values.decode(String.self, forKey: .method)
        parameters = try values.decode([String: String].self, forKey: .parameters)
        auth = try values.decode(String.self, forKey: .auth)
        api = try values.decodeIfPresent(String.self, forKey: .api) ?? APIKind.http.rawValue
        httpStatus = try values.decode(Int.self, forKey: .httpStatus)
        outcome = try values.decode(String.self, forKey: .outcome)
        response = try values.decode(String.self, forKey: .response)
        durationMilliseconds = try values.decode(Double.self, forKey: .durationMilliseconds)
        attempt = try values.decode(Int.self, forKey: .attempt)
    }
}
