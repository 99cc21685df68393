import AfilnetAPI
import ArgumentParser
import Localization

/// `afilnet-tui balance` with nothing but the connection options and `--json`, recognised
/// without ArgumentParser. It reads only what it is sure of: any other word, a repeated option,
/// a value that is empty, starts with `-`, is not UTF-8 or is not one the option takes, and it
/// declines (nil), leaving the whole command line to ArgumentParser, which answers or refuses
/// as always. `QuickBalanceTests` holds it to ArgumentParser's reading of the same words.
struct QuickBalance: Equatable {
    var connection = ConnectionChoice()
    var json = false

    init?(arguments: [String]) {
        guard arguments.first == "balance", RawArguments.firstNotUTF8() == nil else { return nil }
        var seen: Set<String> = []
        var words = arguments.dropFirst()[...]
        while let word = words.popFirst() {
            guard word.hasPrefix("--"), !seen.contains(String(word.prefix { $0 != "=" })) else { return nil }
            if word == "--json" {
                json = true
                seen.insert(word)
                continue
            }
            let name: Substring, value: String
            if let equals = word.firstIndex(of: "=") {
                name = word[..<equals]
                value = String(word[word.index(after: equals)...])
            } else {
                guard let next = words.popFirst() else { return nil }
                name = word[...]
                value = next
            }
            guard !value.isEmpty, !value.hasPrefix("-"), set(String(name), to: value) else { return nil }
            seen.insert(String(name))
        }
    }

    /// One connection option; false for any other name or a value the option does not take.
    private mutating func set(_ name: String, to value: String) -> Bool {
        switch name {
        case "--profile": connection.profile = value
        case "--endpoint": connection.endpoint = value
        case "--config": connection.config = value
        case "--auth":
            guard let auth = AuthMode(argument: value) else { return false }
            connection.auth = auth
        case "--api":
            guard let api = APIKind(argument: value) else { return false }
            connection.api = api
        case "--lang":
            guard let lang = Language(argument: value) else { return false }
            connection.lang = lang
        default: return false
        }
        return true
    }
}
