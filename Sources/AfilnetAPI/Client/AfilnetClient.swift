import Foundation

/// The User Management API: its six methods, typed.
///
/// Reads are retried (`RetryPolicy`); writes never are. When a write's answer is lost
/// (timeout, reset, cut-off or garbled body, 5xx) the client re-reads the state and reports
/// the change as confirmed, not applied, or unknown — never sends it twice on its own.
public final class AfilnetClient: Sendable {
    public let configuration: ClientConfiguration
    private let transport: any HTTPTransport
    private let journal: RequestJournal?
    private let wire: APIWire
    private let tokens: TokenSource?

    public init(configuration: ClientConfiguration, transport: any HTTPTransport, journal: RequestJournal? = nil) {
        self.configuration = configuration
        self.transport = transport
        self.journal = journal
        wire = APIWire(configuration: configuration)
        tokens = configuration.auth == .jwt
            ? TokenSource(configuration: configuration, transport: transport, journal: journal) : nil
    }

    // MARK: Reads

    public func balance() async throws(AfilnetError) -> Balance {
        try await read(.getbalance) { WholeBodyReader(ResponseDecoder.balance) }
    }

    public func addresses() async throws(AfilnetError) -> [Address] {
        try await read(.getaddresses) { AddressListReader() }
    }

    public func channels() async throws(AfilnetError) -> [Channel] {
        try await read(.getchannels) { WholeBodyReader(ResponseDecoder.channels) }
    }

    // MARK: Writes

    /// Adds an address after checking it locally. `knownAddresses` (the list the caller
    /// shows) lets a lost answer be resolved without an extra read beforehand.
    @discardableResult
    public func addAddress(_ address: NewAddress, knownAddresses: [Address]? = nil) async throws(AfilnetError) -> WriteReceipt {
        let problems = address.problems()
        guard problems.isEmpty else { throw .invalidInput(problems) }
        var known = knownAddresses
        if known == nil { known = try? await addresses() }
        let before = known.map { Set($0.filter { $0.matches(address) }.map(\.id)) }
        return try await write(.addaddress, address.parameters) { () async throws(AfilnetError) -> Bool in
            let after = try await self.addresses().filter { $0.matches(address) }.map(\.id)
            guard let before else {
                // Without a list from before, a match may be an older twin: cannot tell.
                if after.isEmpty { return false }
                throw .protocolViolation(.ambiguousAdd)
            }
            return !Set(after).subtracting(before).isEmpty
        }
    }

    @discardableResult
    public func deleteAddress(id: Int64) async throws(AfilnetError) -> WriteReceipt {
        try await write(.deleteaddress, [(APIField.idaddress.rawValue, String(id))]) { () async throws(AfilnetError) -> Bool in
            try await !self.addresses().contains { $0.id == id }
        }
    }

    @discardableResult
    public func setChannel(_ name: String, active: Bool) async throws(AfilnetError) -> WriteReceipt {
        try await write(.modifychannel, [(APIField.channelname.rawValue, name), (APIField.active.rawValue, active ? "1" : "0")]) {
            () async throws(AfilnetError) -> Bool in
            guard let channel = try await self.channels().first(where: { $0.name == name }) else {
                throw .api(.channelNotFound)
            }
            return channel.isActive == active
        }
    }

    /// Any call exactly as given, answered with its raw `result`: for methods this version
    /// does not wrap, and for scripts. One attempt, journaled like the others.
    public func call(apiClass: String = APIMethod.apiClass, method: String, parameters: [(String, String)] = []) async throws(AfilnetError) -> JSONValue {
        do {
            return try await exchange(method, parameters, apiClass: apiClass, attempt: 1) {
                WholeBodyReader { body throws(AfilnetError) in try ResponseDecoder.result(of: body) }
            }
        } catch {
            throw error.error
        }
    }

    // MARK: Plumbing

    private func read<T>(_ method: APIMethod, reader: () -> any ResponseReader<T>) async throws(AfilnetError) -> T {
        var attempt = 1
        while true {
            do {
                return try await exchange(method.rawValue, [], attempt: attempt, reader: reader)
            } catch let failure {
                guard failure.error.isRetryable, attempt < configuration.retry.maxAttempts else { throw failure.error }
                let pause = configuration.retry.delay(after: attempt, retryAfter: failure.retryAfter)
                try? await Task.sleep(for: pause)
                if Task.isCancelled { throw failure.error }
                attempt += 1
            }
        }
    }

    /// One attempt of a write; `isApplied` re-reads the state when the answer was lost.
    private func write(
        _ method: APIMethod, _ parameters: [(String, String)], isApplied: () async throws(AfilnetError) -> Bool
    ) async throws(AfilnetError) -> WriteReceipt {
        do {
            try await exchange(method.rawValue, parameters, attempt: 1) { WholeBodyReader(ResponseDecoder.acknowledgement) }
            return .confirmed
        } catch let failure {
            let error = failure.error
            if case .api = error { throw error }
            guard error.leavesWriteUncertain else { throw .writeNotApplied(cause: error) }
            try? await Task.sleep(for: configuration.settleDelay)
            let applied: Bool
            do {
                applied = try await isApplied()
            } catch {
                throw .writeOutcomeUnknown(cause: error)
            }
            if applied { return .confirmedAfterLostAnswer(error) }
            throw .writeNotApplied(cause: error)
        }
    }

    private struct Failure: Error {
        let error: AfilnetError
        let retryAfter: String?
    }

    /// Sends one request, journals it, and decodes the answer with a new `reader` (a retry
    /// starts from nothing). With a token, a refusal of the token (TOKEN_EXPIRED…) gets one
    /// more try with a new one: the server refused before doing anything (docs/api.md, "JWT").
    @discardableResult
    private func exchange<T>(
        _ method: String, _ extra: [(String, String)], apiClass: String = APIMethod.apiClass, attempt: Int,
        reader makeReader: () -> any ResponseReader<T>
    ) async throws(Failure) -> T {
        guard let tokens else {
            return try await exchangeOnce(method, extra, apiClass: apiClass, attempt: attempt, bearer: nil, reader: makeReader)
        }
        var refused: String?
        while true {
            let bearer: String
            do {
                bearer = try await tokens.token(refused: refused)
            } catch {
                throw Failure(error: labelled(error, tokenRequest: true), retryAfter: nil)
            }
            do {
                return try await exchangeOnce(method, extra, apiClass: apiClass, attempt: attempt, bearer: bearer, reader: makeReader)
            } catch let failure {
                guard refused == nil, case .api(let code) = failure.error, code.refusesToken else { throw failure }
                refused = bearer
            }
        }
    }

    private func exchangeOnce<T>(
        _ method: String, _ extra: [(String, String)], apiClass: String, attempt: Int, bearer: String?,
        reader makeReader: () -> any ResponseReader<T>
    ) async throws(Failure) -> T {
        let request = wire.request(apiClass: apiClass, method: method, parameters: extra, bearer: bearer)
        let started = ContinuousClock.now
        var entry = JournalEntry(
            time: Date(), endpoint: request.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "",
            apiClass: apiClass, method: method,
            parameters: Dictionary(extra, uniquingKeysWith: { $1 }).merging(
                [APIField.user.rawValue: configuration.credentials.user], uniquingKeysWith: { $1 }),
            auth: configuration.auth.rawValue, api: configuration.api.rawValue, httpStatus: 0, outcome: "", response: "",
            durationMilliseconds: 0, attempt: attempt)
        if configuration.auth == .post || configuration.auth == .get {
            entry.parameters[APIField.password.rawValue] = RequestJournal.mask
        }
        let secrets = [configuration.credentials.password] + (bearer.map { [$0] } ?? [])
        func finish(_ outcome: String) {
            entry.outcome = outcome
            entry.durationMilliseconds = (ContinuousClock.now - started).milliseconds
            journal?.append(entry, secrets: secrets)
        }

        let response: TransportResponse
        let reader = wire.reader(method: method, makeReader())
        do {
            response = try await transport.send(request, timeout: configuration.requestTimeout, sink: reader)
        } catch {
            finish(error.description)
            throw Failure(error: error, retryAfter: nil)
        }
        entry.httpStatus = response.status
        let bySandbox = response.header("X-Afilnet-Sandbox") != nil
        entry.response = String(decoding: response.body.prefix(RequestJournal.responseLimit), as: UTF8.self)
        guard response.status == 200 else {
            let error = wire.statusError(response)
            finish("HTTP \(response.status)")
            throw Failure(error: bySandbox ? error : labelled(error), retryAfter: response.header("Retry-After"))
        }
        do {
            let value = try reader.finish()
            finish(APIEnvelope.success)
            return value
        } catch {
            if case .api(let code) = error { finish("ERROR \(code.code)") } else { finish(error.description) }
            throw Failure(error: bySandbox ? error : labelled(error), retryAfter: nil)
        }
    }

    /// A failure that suggests an assumed way in has the wrong shape, said so: HTTP 404 or
    /// 405, an answer that is not the API's (SOAP, tokens), MISSING_USER under Basic. Not for
    /// the sandbox's answers (`X-Afilnet-Sandbox`): its shape is the one assumed.
    private func labelled(_ error: AfilnetError, tokenRequest: Bool = false) -> AfilnetError {
        guard let way = configuration.assumedWay(tokenRequest: tokenRequest) else { return error }
        let suggestsShape: Bool = switch error {
        case .httpStatus(404, _), .httpStatus(405, _): true
        case .notJSON, .protocolViolation: way != .basic
        case .api(.missingUser): way == .basic
        default: false
        }
        return suggestsShape ? .assumedWayIn(way, cause: error) : error
    }
}
