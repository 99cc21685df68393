@testable import AfilnetConfig
import Foundation
import PropertySupport
import Testing

/// `profile add` and `profile remove` edit config.toml as text: what was written by hand stays.
@Suite("Config editing keeps what was written by hand")
struct ConfigEditorTests {
    static let handWritten = """
        # My accounts. Passwords live in pass(1).
        default_profile = "prod"   # the one the UI opens
        low_balance = 25

        [keys]
        refresh = "R"

        # Production: careful.
        [profiles.prod]
        endpoint = "https://www.afilnet.com/api/http/"
        user = "ops"
        password_command = "pass show afilnet/prod"
        read_only = true

        # Staging
        [ profiles . staging ]  # spaced, as TOML allows
        user = "ops-staging"
        password_command = "pass show afilnet/staging"

        """

    @Test func addThenRemoveGivesTheSameText() throws {
        let added = ConfigEditor.adding(
            ConfigEditor.NewProfile(name: "customer a", entries: [("endpoint", .string("https://x.example/api/http/")), ("user", .string("Jüri \"J\" Õun\\"))]),
            to: Self.handWritten)
        #expect(added.hasPrefix(Self.handWritten))
        let config = try ConfigLoader.parse(added, path: "config.toml")
        #expect(config.profiles["customer a"]?.user == "Jüri \"J\" Õun\\")
        #expect(config.profiles["prod"]?.readOnly == true)
        #expect(ConfigEditor.removing("customer a", from: added) == Self.handWritten)
    }

    @Test func removingCutsTheTableAndItsCommentAndNothingElse() throws {
        let removed = try #require(ConfigEditor.removing("prod", from: Self.handWritten))
        #expect(!removed.contains("Production") && !removed.contains("afilnet/prod"))
        #expect(removed.contains("# My accounts.") && removed.contains("# Staging\n[ profiles . staging ]"))
        let config = try ConfigLoader.parse(removed, path: "config.toml")
        #expect(config.profiles.keys.sorted() == ["staging"])
        #expect(config.keyBindings["refresh"] == ["R"])
        let spaced = try #require(ConfigEditor.removing("staging", from: Self.handWritten))
        #expect(try ConfigLoader.parse(spaced, path: "config.toml").profiles.keys.sorted() == ["prod"])
        #expect(ConfigEditor.removing("nobody", from: Self.handWritten) == nil)
    }

    /// Generated configs (comments, blank lines, other tables, profiles in any order) and
    /// profiles with any name and values: add then remove is the identity; what is added
    /// parses back to what was given; removing one leaves the others as they were.
    @Test func generatedConfigsRoundTrip() {
        let names = ["prod", "staging", "customer-a", "b_2", "Õun", "with space", "q\"uote"]
        let values = ["plain", "Jüri Õunapuu", "quote \" and back\\slash", "tab\there", "東京", "e\u{301}", "#not a comment", "[not a table]"]
        Property.check("config edit round trip", cases: 300) { generator in
            var text = generator.chance(0.5) ? "# top comment\n" : ""
            if generator.chance(0.5) { text += "low_balance = \(generator.int(1...99))\n\n" }
            var existing: [String] = []
            for name in names.shuffled(using: &generator).prefix(generator.int(0...3)) {
                if generator.chance(0.5) { text += "# about \(name)\n" }
                text += "[profiles.\(ConfigEditor.key(name))]\nuser = \(ConfigEditor.quoted(generator.pick(values)))\n"
                if generator.chance(0.3) { text += "\n" }
                existing.append(name)
            }
            if generator.chance(0.3) { text += "[keys]\nquit = \"Q\"\n" }
            guard let before = try? ConfigLoader.parse(text, path: "c.toml") else { return "the generated config does not parse:\n\(text)" }
            let new = names.first { !existing.contains($0) } ?? "fresh"
            let user = generator.pick(values), endpoint = "https://\(generator.int(1...9)).example/api/http/"
            let added = ConfigEditor.adding(ConfigEditor.NewProfile(name: new, entries: [("endpoint", .string(endpoint)), ("user", .string(user))]), to: text)
            guard let after = try? ConfigLoader.parse(added, path: "c.toml") else { return "added does not parse:\n\(added)" }
            if after.profiles[new]?.user != user || after.profiles[new]?.endpoint != endpoint { return "added \(new) reads back as \(String(describing: after.profiles[new]))" }
            for name in existing where after.profiles[name] != before.profiles[name] { return "\(name) changed by adding" }
            if ConfigEditor.removing(new, from: added) != text { return "add then remove:\n\(added)\n---\n\(ConfigEditor.removing(new, from: added) ?? "nil")\n---\n\(text)" }
            if let victim = existing.first {
                guard let removed = ConfigEditor.removing(victim, from: text), let rest = try? ConfigLoader.parse(removed, path: "c.toml") else {
                    return "removing \(victim) broke:\n\(text)"
                }
                if rest.profiles[victim] != nil { return "\(victim) still there" }
                for name in existing.dropFirst() where rest.profiles[name] != before.profiles[name] { return "\(name) changed by removing \(victim)" }
            }
            return nil
        }
    }
}
