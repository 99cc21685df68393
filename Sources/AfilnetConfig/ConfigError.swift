import AfilnetAPI
import Localization

/// A configuration problem, naming the file, line and key when it can, and the fix.
/// What is wrong is kept as a `Problem`, so it is said in the user's language; `description`
/// is English (logs, tests).
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let key: String?
    public let problem: Problem

    public enum Problem: Sendable, Equatable {
        case notUTF8
        /// The TOML library's own words (English), when it gives some.
        case notTOML(detail: String)
        case notAString, notABool, notANumber
        case notATable(String)
        case noUser, noPassword
        /// No user anywhere and no config file: a first run, told how to begin.
        case noAccount
        case shellUnavailable
        case commandFailed(status: Int32, detail: String)
        case commandPrintedNothing
        case noSuchProfile(String, known: [String])
        case badLanguage, badKeyName, badAuth, badAPI, badTimeout
        case passwordFileReadable(file: String)
        case badEndpoint(AfilnetError)
        case badProxy(ProxySettingProblem)
        case noSuchTheme(String, known: [String])
        case inheritanceCycle([String])
        case notAColour
        case noSuchElement(known: [String])
        case unknownColour(field: String, value: String)

        /// Whether the problem is with the credentials themselves (exit 77, not 78).
        public var isAuthentication: Bool {
            switch self {
            case .noUser, .noPassword, .noAccount, .shellUnavailable, .commandFailed, .commandPrintedNothing: true
            default: false
            }
        }
    }

    public init(file: String, line: Int? = nil, key: String? = nil, _ problem: Problem) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String { text(in: .english) }

    /// `file:line: key: what is wrong`, the last part in the catalogue's language. A file
    /// that does not exist is no place to point at: then only what is wrong.
    public func text(in text: Catalogue) -> String {
        if problem == .noAccount { return message(in: text) }
        var place = file
        if let line { place += ":\(line)" }
        if let key { place += ": \(key)" }
        return "\(place): \(message(in: text))"
    }

    public func message(in t: Catalogue) -> String {
        switch problem {
        case .notUTF8: t.configNotUTF8
        case .notTOML(let detail): t.configNotTOML(detail)
        case .notAString: t.configNotAString
        case .notABool: t.configNotABool
        case .notANumber: t.configNotANumber
        case .notATable(let name): t.configNotATable(name)
        case .noUser: t.configNoUser
        case .noAccount: t.configNoAccount(file)
        case .noPassword: t.configNoPassword
        case .shellUnavailable: t.configShellUnavailable
        case .commandFailed(let status, let detail): t.configCommandFailed(status, detail)
        case .commandPrintedNothing: t.configCommandPrintedNothing
        case .noSuchProfile(let name, let known):
            known.isEmpty ? t.configNoProfileAdd(name) : t.configNoProfileKnown(known.joined(separator: ", "))
        case .badLanguage: t.configBadLanguage
        case .badKeyName: t.configBadKeyName
        case .badAuth: t.configBadAuth
        case .badAPI: t.configBadAPI
        case .badTimeout: t.configBadTimeout
        case .passwordFileReadable(let file): t.configPasswordReadable(file)
        case .badEndpoint(let error): error.text(in: t)
        case .badProxy(let problem):
            switch problem.reason {
            case .empty: t.configProxyEmpty
            case .notAURL: t.configProxyNotAURL(problem.value)
            case .scheme(let scheme): t.configProxyScheme(problem.value, scheme)
            }
        case .noSuchTheme(let name, let known): t.themeNoSuchTheme(name, known.joined(separator: ", "))
        case .inheritanceCycle(let chain): t.themeCycle(chain.joined(separator: " → "))
        case .notAColour: t.themeNotAColour
        case .noSuchElement(let known): t.themeNoSuchElement(known.joined(separator: ", "))
        case .unknownColour(let field, let value): t.themeUnknownColour(field, value)
        }
    }
}
