import AfilnetSandbox
import ArgumentParser
import Foundation
import TerminalText

/// `sandbox access …`: the provider's "secure API connection" tool, for the sandbox: accesses
/// with credentials, allowed ways in and an IP allow-list, and what each has done.
struct SandboxAccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Manage the sandbox's API accesses: credentials, allowed APIs, IP allow-lists, use.",
        subcommands: [
            AccessList.self, AccessAdd.self, AccessRemove.self, AccessAllowIP.self, AccessDenyIP.self, AccessWays.self,
            AccessShow.self, AccessRevokeTokens.self,
        ])
}

extension AccessWay: ExpressibleByArgument {}

/// Networks given on the command line, checked.
private func ranges(_ texts: [String]) throws -> [IPRange] {
    try texts.map { text in
        guard let range = IPRange(text) else { throw ValidationError("'\(text)' is not an address or CIDR network") }
        return range
    }
}

/// Changes an access and prints it as it now is.
private func change(_ database: SandboxDatabaseOption, _ name: String, _ change: (SandboxStore) throws -> Void) throws {
    let store = try database.open()
    try change(store)
    print(describe(try store.access(named: name)))
}

private func describe(_ access: Access) -> String {
    let ips = access.allowedIPs.isEmpty ? "any address" : access.allowedIPs.map(\.description).joined(separator: ",")
    let ways = access.ways.isEmpty ? "none" : access.ways.sorted().map(\.rawValue).joined(separator: ",")
    return TerminalSafeText.sanitize("\(access.name)  user \(access.user)  account \(access.account)  ways \(ways)  from \(ips)")
}

struct AccessList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accesses.")
    @OptionGroup var database: SandboxDatabaseOption

    func run() throws {
        for access in try database.open().accesses() { print(describe(access)) }
    }
}

struct AccessAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an access (or replace one of that name); the password is read from standard input.",
        discussion: "Example: printf 'secret\\n' | afilnet-tui sandbox access add ops --user ops --way soap --way jwt --ip 10.0.0.0/8")
    @OptionGroup var database: SandboxDatabaseOption
    @Argument(help: "Name of the access.") var name: String
    @Option(help: "User name it signs in with (default: its name).") var user: String?
    @Option(help: "Account name.") var account = "demo"
    @Option(help: "A way in it may use: http, basic, soap or jwt; repeat for several (default: all).") var way: [AccessWay] = []
    @Option(help: "Allow only this network (CIDR); repeat for several. None allows any address.") var ip: [String] = []

    func run() throws {
        let networks = try ranges(ip)
        let user = self.user ?? name
        let password = try SecretInput.read(prompt: "Password for \(user): ")
        let store = try database.open()
        try store.addAccess(
            name: name, user: user, password: password, ways: way.isEmpty ? Set(AccessWay.allCases) : Set(way),
            allowedIPs: networks, account: account)
        print("added: " + describe(try store.access(named: name)))
    }
}

struct AccessRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an access; its tokens stop working at once.")
    @OptionGroup var database: SandboxDatabaseOption
    @Argument(help: "Name of the access.") var name: String

    func run() throws {
        try database.open().removeAccess(named: name)
        print(TerminalSafeText.sanitize("removed access \(name)"))
    }
}

struct AccessAllowIP: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "allow-ip", abstract: "Add networks to an access's IP allow-list.")
    @OptionGroup var database: SandboxDatabaseOption
    @Argument(help: "Name of the access.") var name: String
    @Argument(help: "Addresses or CIDR networks.") var networks: [String]

    func run() throws {
        let networks = try ranges(networks)
        try change(database, name) { try $0.allowIPs(networks, access: name) }
    }
}

struct AccessDenyIP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deny-ip", abstract: "Take networks off an access's IP allow-list (an empty list allows any address).")
    @OptionGroup var database: SandboxDatabaseOption
    @Argument(help: "Name of the access.") var name: String
    @Argument(help: "Addresses or CIDR networks.") var networks: [String]

    func run() throws {
        let networks = try ranges(networks)
        try change(database, name) { try $0.denyIPs(networks, access: name) }
    }
}

struct AccessWays: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ways", abstract: "Set the ways in an access may use.")
    @OptionGroup var database: SandboxDatabaseOption
    @Argument(help: "Name of the access.") var name: String
    @Argument(help: "http, basic, soap and/or jwt.") var ways: [AccessWay]

    func run() throws {
        try change(database, name) { try $0.setWays(Set(ways), access: name) }
    }
}

struct AccessShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an access and its use: last call, calls per day, live tokens.")
    @OptionGroup var database: SandboxDatabaseOption
    @Argument(help: "Name of the access.") var name: String
    @Option(help: "How many days of counts.") var days = 14

    func run() throws {
        let store = try database.open()
        print(describe(try store.access(named: name)))
        let usage = try store.usage(access: name, days: days)
        if let last = usage.lastCall {
            let time = ISO8601DateFormatter().string(from: last.time)
            print(TerminalSafeText.sanitize(
                "last call: \(time) \(last.api) \(last.method) from \(last.sourceIP)"
                    + (last.refusal.isEmpty ? "" : " (refused: \(last.refusal))")))
        } else {
            print("last call: never")
        }
        print("live tokens: \(usage.liveTokens)")
        for day in usage.perDay { print("\(day.day)  \(day.calls) calls, \(day.refused) refused") }
    }
}

struct AccessRevokeTokens: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke-tokens", abstract: "Revoke every token given to an access (TOKEN_REVOKED from then on).")
    @OptionGroup var database: SandboxDatabaseOption
    @Argument(help: "Name of the access.") var name: String

    func run() throws {
        let revoked = try database.open().revokeTokens(access: name)
        print(TerminalSafeText.sanitize("revoked \(revoked) live token(s) of \(name)"))
    }
}

struct SandboxTokenKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token-key", abstract: "Print the key the sandbox signs its HS256 tokens with (hex), for peers' tests.")
    @OptionGroup var database: SandboxDatabaseOption

    func run() throws {
        print(try database.open().tokenKey().map { String(format: "%02x", $0) }.joined())
    }
}
