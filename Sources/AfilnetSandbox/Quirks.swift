import Foundation

/// Response shapes the provider's page allows and the client must tolerate; the sandbox
/// emits the plain shape unless one of these is switched on (`--quirks a,b`).
public enum Quirk: String, Sendable, CaseIterable {
    /// `getaddresses`/`getchannels` result as `{"list":[…]}` instead of the array itself.
    case listWrapper = "list-wrapper"
    /// Numbers and flags in lists as numeric strings: `"id":"1000"`, `"active":"1"`.
    case stringNumbers = "string-numbers"
    /// Flags in lists as JSON booleans: `"verified":true`.
    case booleanFlags = "boolean-flags"
    /// `getbalance` result as a JSON number: `"result":152.34`.
    case balanceNumber = "balance-number"
    /// `getbalance` result as an object: `"result":{"balance":"152.34"}`.
    case balanceObject = "balance-object"
    /// `"status":"success"` / `"status":"error"`, as the page writes it.
    case lowercaseStatus = "lowercase-status"

    /// Parses a comma-separated list, naming the first unknown entry.
    public static func parseList(_ text: String) throws -> Set<Quirk> {
        var quirks = Set<Quirk>()
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !name.isEmpty {
            guard let quirk = Quirk(rawValue: name) else {
                throw SandboxConfigurationError(
                    "unknown quirk '\(name)'; known: \(allCases.map(\.rawValue).joined(separator: ", "))")
            }
            quirks.insert(quirk)
        }
        return quirks
    }
}

/// A sandbox option that cannot be used, with the reason in words.
public struct SandboxConfigurationError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
