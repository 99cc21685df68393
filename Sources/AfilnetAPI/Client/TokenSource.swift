import Foundation

/// The Bearer token of `--auth jwt` (docs/api.md, "JWT"): fetched on first use from the token
/// endpoint with the user and password in a POST body, kept in memory only (never on disk,
/// never in the journal), fetched again before it expires and after the server refused it.
actor TokenSource {
    private let configuration: ClientConfiguration
    private let transport: any HTTPTransport
    private let journal: RequestJournal?
    private var current: (token: String, renewAt: ContinuousClock.Instant)?
    private var fetching: Task<String, any Error>?

    /// A token is renewed once this share of its lifetime has passed.
    static let renewalShare = 0.8

    init(configuration: ClientConfiguration, transport: any HTTPTransport, journal: RequestJournal?) {
        self.configuration = configuration
        self.transport = transport
        self.journal = journal
    }

    /// The token to send; a new one if the last is near its end or is `refused`.
    func token(refused: String? = nil) async throws(AfilnetError) -> String {
        if let refused, current?.token == refused { current = nil }
        if let current, ContinuousClock.now < current.renewAt { return current.token }
        // One fetch at a time: callers arriving meanwhile wait for the same answer.
        let task = fetching ?? Task { try await self.fetch() }
        fetching = task
        defer { fetching = nil }
        do {
            return try await task.value
        } catch let error as AfilnetError {
            throw error
        } catch {
            throw .transport(.other("token request failed"))
        }
    }

    private func fetch() async throws -> String {
        let url = configuration.tokenURL
        let credentials = configuration.credentials
        let form = FormEncoding.encode([(APIField.user.rawValue, credentials.user), (APIField.password.rawValue, credentials.password)])
        let request = APIWire.formPost(
            url, form: form, headers: [("User-Agent", configuration.userAgent), ("Accept", "application/json")])
        let started = ContinuousClock.now
        var entry = JournalEntry(
            time: Date(), endpoint: url, apiClass: "", method: "token",
            parameters: [APIField.user.rawValue: credentials.user, APIField.password.rawValue: RequestJournal.mask],
            auth: AuthMode.jwt.rawValue, httpStatus: 0, outcome: "", response: "", durationMilliseconds: 0, attempt: 1)
        // The answer holds the token: the journal keeps only that one came.
        defer {
            entry.durationMilliseconds = (ContinuousClock.now - started).milliseconds
            journal?.append(entry, secrets: [credentials.password])
        }
        let reader = WholeBodyReader { body throws(AfilnetError) in try ResponseDecoder.result(of: body) }
        let response: TransportResponse
        do {
            response = try await transport.send(request, timeout: configuration.requestTimeout, sink: reader)
        } catch {
            entry.outcome = error.description
            throw error
        }
        entry.httpStatus = response.status
        guard response.status == 200 else {
            entry.outcome = "HTTP \(response.status)"
            throw AfilnetError.httpStatus(response.status, preview: ResponseDecoder.preview(response.body))
        }
        let result: JSONValue
        do {
            result = try reader.finish()
        } catch {
            if case .api(let code) = error { entry.outcome = "ERROR \(code.code)" } else { entry.outcome = error.description }
            throw error
        }
        guard case .string(let token)? = result["token"], !token.isEmpty else {
            entry.outcome = "no token in the answer"
            throw AfilnetError.protocolViolation(.notAnObject)
        }
        let lifetime: Double
        switch result["expires_in"] {
        case .number(let text)?, .string(let text)?: lifetime = Double(text) ?? 60
        default: lifetime = 60
        }
        entry.outcome = APIEnvelope.success
        entry.response = "{\"token\":\"\(RequestJournal.mask)\",\"expires_in\":\(Int(lifetime))}"
        let renewAt = started + .milliseconds(Int64(max(lifetime, 0) * Self.renewalShare * 1000))
        current = (token, renewAt)
        return token
    }
}
