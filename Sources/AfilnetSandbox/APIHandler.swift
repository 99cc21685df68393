import AfilnetAPI
import Foundation
import GRDB

/// What one API call produced, before it is rendered as JSON or SOAP.
enum APIOutcome: Sendable, Equatable {
    case balance(String)
    case addresses([AddressRecord])
    case channels([ChannelRecord])
    /// A write that succeeded: the result carries "no additional values".
    case done
    /// The token endpoint's answer.
    case token(String, expiresIn: Int)
    case failure(SandboxError)
}

/// How a call proved who it is.
enum CallerProof: Sendable {
    /// `user`/`password` parameters, Basic auth, or the SOAP body's elements.
    case password(user: String?, password: String?)
    /// `Authorization: Bearer`.
    case bearer(String)
}

/// An outcome with what the request log keeps of it: which access (if one was recognised)
/// and, for a refusal by IP, way or token, why.
struct HandledCall: Sendable {
    var outcome: APIOutcome
    var access = ""
    var refusal = ""
}

/// The API's rules: credentials, the documented check order, then each method's own checks.
///
/// Order (docs/api.md, "Check order"): MISSING_USER, MISSING_PASSWORD, INCORRECT_USER_PASSWORD
/// (or, with a token, INVALID_TOKEN, TOKEN_EXPIRED, TOKEN_REVOKED), IP_NOT_ALLOWED,
/// API_NOT_ALLOWED, MISSING_CLASS, INCORRECT_CLASS, MISSING_METHOD, INCORRECT_METHOD,
/// MISSING_COMPULSORY_PARAM, then the method's own codes. Nothing is changed before all pass.
struct APIHandler: Sendable {
    let store: SandboxStore
    let tokens: SandboxTokens

    static let writeMethods = Set(APIMethod.allCases.filter(\.writes).map(\.rawValue))

    /// One call of the API, made by `proof` over the ways in `ways` (all must be allowed).
    func handle(_ parameters: FormParameters, proof: CallerProof, ways: Set<AccessWay>, remoteIP: String) async -> HandledCall {
        let method = parameters[.method] ?? ""
        let writes = parameters[.apiClass] == APIMethod.apiClass && Self.writeMethods.contains(method)
        return await authorized(proof, ways: ways, remoteIP: remoteIP, writes: writes) { db, access in
            try self.dispatch(db, parameters, account: access.accountID)
        }
    }

    /// The token endpoint: the access's user and password for a signed token.
    func issueToken(user: String?, password: String?, remoteIP: String) async -> HandledCall {
        let now = Date()
        let id = UUID().uuidString.lowercased()
        var call = await authorized(.password(user: user, password: password), ways: [.jwt], remoteIP: remoteIP, writes: true) { db, access in
            try db.execute(
                sql: "INSERT INTO token(jti, credential_id, issued_at, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [id, access.credentialID, now.timeIntervalSince1970, now.timeIntervalSince1970 + tokens.lifetime])
            return .done
        }
        guard call.outcome == .done, let user else { return call }
        let claims = SandboxTokenClaims(
            // Whole seconds, rounded up: a token lives at least the lifetime it is said to have.
            iss: SandboxTokenClaims.issuer, sub: user, iat: Int(now.timeIntervalSince1970.rounded(.down)),
            exp: Int((now.timeIntervalSince1970 + tokens.lifetime).rounded(.up)), jti: id)
        do {
            call.outcome = .token(try tokens.sign(claims), expiresIn: Int(tokens.lifetime))
        } catch {
            call.outcome = .failure(.malformedRequest)
        }
        return call
    }

    /// Checks who is calling, from where and which way, then runs `work` in one transaction.
    private func authorized(
        _ proof: CallerProof, ways: Set<AccessWay>, remoteIP: String, writes: Bool,
        _ work: @escaping @Sendable (Database, AccountAccess) throws -> APIOutcome
    ) async -> HandledCall {
        let proven: (tokenID: String?, user: String, password: String)
        switch proof {
        case .password(let given, let secret):
            guard let given, !given.isEmpty else { return HandledCall(outcome: .failure(.missingUser)) }
            guard let secret, !secret.isEmpty else { return HandledCall(outcome: .failure(.missingPassword)) }
            proven = (nil, given, secret)
        case .bearer(let token):
            switch tokens.verify(token) {
            case .success(let claims): proven = (claims.jti, "", "")
            case .failure(let code): return HandledCall(outcome: .failure(code), refusal: Self.reason(code))
            }
        }
        do {
            let body: @Sendable (Database) throws -> HandledCall = { db in
                let access: AccountAccess
                if let tokenID = proven.tokenID {
                    guard let found = try SandboxStore.access(db, tokenID: tokenID), !found.revoked else {
                        return HandledCall(outcome: .failure(.tokenRevoked), refusal: Self.reason(.tokenRevoked))
                    }
                    access = found.access
                } else {
                    guard let found = try SandboxStore.access(db, user: proven.user, password: proven.password) else {
                        return HandledCall(outcome: .failure(.incorrectUserPassword))
                    }
                    access = found
                }
                guard access.allows(remoteIP) else {
                    return HandledCall(outcome: .failure(.ipNotAllowed), access: access.name, refusal: "ip \(remoteIP) not allowed")
                }
                let refused = ways.subtracting(access.ways)
                guard refused.isEmpty else {
                    return HandledCall(
                        outcome: .failure(.apiNotAllowed), access: access.name,
                        refusal: "way \(AccessWay.text(refused)) not allowed")
                }
                return HandledCall(outcome: try work(db, access), access: access.name)
            }
            return writes ? try await store.pool.write(body) : try await store.pool.read(body)
        } catch let error as SandboxError {
            return HandledCall(outcome: .failure(error))
        } catch {
            // A database failure is the sandbox's own fault; say so instead of guessing a code.
            return HandledCall(outcome: .failure(.malformedRequest))
        }
    }

    /// The `WWW-Authenticate` header's description of a refused token.
    private static func reason(_ code: APIErrorCode) -> String {
        if code == .tokenExpired { return "token expired" }
        if code == .tokenRevoked { return "token revoked" }
        return "token not valid"
    }

    private func dispatch(_ db: Database, _ parameters: FormParameters, account: Int64) throws -> APIOutcome {
        guard let apiClass = parameters[.apiClass], !apiClass.isEmpty else { return .failure(.missingClass) }
        guard apiClass == APIMethod.apiClass else { return .failure(.incorrectClass) }
        guard let method = parameters[.method], !method.isEmpty else { return .failure(.missingMethod) }
        switch method {
        case APIMethod.getbalance.rawValue:
            return .balance(try SandboxStore.balance(db, account: account))
        case APIMethod.getaddresses.rawValue:
            return .addresses(try store.addresses(db, account: account))
        case APIMethod.getchannels.rawValue:
            return .channels(try SandboxStore.channels(db, account: account))
        case APIMethod.addaddress.rawValue:
            let address = try AddressValidation.validate(parameters)
            try SandboxStore.insert(db, address: address, account: account, verifyAfter: store.verifyAfter)
            return .done
        case APIMethod.deleteaddress.rawValue:
            guard let text = parameters[.idaddress], !text.isEmpty else {
                return .failure(.missingCompulsoryParam)
            }
            guard let id = Int64(text), try SandboxStore.deleteAddress(db, id: id, account: account) else {
                return .failure(.addressNotFound)
            }
            return .done
        case APIMethod.modifychannel.rawValue:
            guard let name = parameters[.channelname], !name.isEmpty,
                let activeText = parameters[.active], !activeText.isEmpty
            else { return .failure(.missingCompulsoryParam) }
            guard let active = Self.flag(activeText) else { return .failure(.invalidParameter) }
            guard try SandboxStore.setChannel(db, name: name, active: active, account: account) else {
                return .failure(.channelNotFound)
            }
            return .done
        default:
            return .failure(.incorrectMethod)
        }
    }

    /// `0`/`1`, the only flag values the page shows.
    static func flag(_ text: String) -> Bool? {
        switch text {
        case "0": false
        case "1": true
        default: nil
        }
    }
}
