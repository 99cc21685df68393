import AfilnetAPI
import GRDB

/// What one API call produced, before it is rendered as JSON.
enum APIOutcome: Sendable, Equatable {
    case balance(String)
    case addresses([AddressRecord])
    case channels([ChannelRecord])
    /// A write that succeeded: the result carries "no additional values".
    case done
    case failure(SandboxError)
}

/// The API's rules: credentials, the documented check order, then each method's own checks.
///
/// Order (README, "Check order"): MISSING_USER, MISSING_PASSWORD, INCORRECT_USER_PASSWORD,
/// IP_NOT_ALLOWED, MISSING_CLASS, INCORRECT_CLASS, MISSING_METHOD, INCORRECT_METHOD,
/// MISSING_COMPULSORY_PARAM, then the method's own codes.
struct APIHandler: Sendable {
    let store: SandboxStore

    static let writeMethods = Set(APIMethod.allCases.filter(\.writes).map(\.rawValue))

    func handle(_ parameters: FormParameters, basic: BasicCredentials?, remoteIP: String) async -> APIOutcome {
        let user = basic?.user ?? parameters[.user]
        let password = basic?.password ?? parameters[.password]
        guard let user, !user.isEmpty else { return .failure(.missingUser) }
        guard let password, !password.isEmpty else { return .failure(.missingPassword) }
        let method = parameters[.method] ?? ""
        let writes = parameters[.apiClass] == APIMethod.apiClass && Self.writeMethods.contains(method)
        do {
            let work: @Sendable (Database) throws -> APIOutcome = { db in
                guard let access = try SandboxStore.access(db, user: user, password: password) else {
                    return .failure(.incorrectUserPassword)
                }
                guard access.allowedIPs.isEmpty || access.allowedIPs.contains(where: { $0.contains(remoteIP) })
                else { return .failure(.ipNotAllowed) }
                return try self.dispatch(db, parameters, account: access.accountID)
            }
            return writes ? try await store.pool.write(work) : try await store.pool.read(work)
        } catch let error as SandboxError {
            return .failure(error)
        } catch {
            // A database failure is the sandbox's own fault; say so instead of guessing a code.
            return .failure(.malformedRequest)
        }
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
