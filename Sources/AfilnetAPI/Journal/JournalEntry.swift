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
    /// `post`, `get` or `basic`.
    public var auth: String
    /// HTTP status, 0 when no answer came.
    public var httpStatus: Int
    /// `SUCCESS`, an API code (`ERROR INCORRECT_USER_PASSWORD`) or the transport failure.
    public var outcome: String
    /// The start of the response body.
    public var response: String
    public var durationMilliseconds: Double
    /// 1 for the first try of a request, 2… for retries.
    public var attempt: Int

    public var succeeded: Bool { outcome == "SUCCESS" }

    public init(
        time: Date, endpoint: String, apiClass: String, method: String, parameters: [String: String],
        auth: String, httpStatus: Int, outcome: String, response: String, durationMilliseconds: Double,
        attempt: Int
    ) {
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
        case time, endpoint, apiClass = "class", method, parameters, auth
        case httpStatus = "http_status", outcome, response, durationMilliseconds = "duration_ms", attempt
    }
}
