import AfilnetAPI
import ArgumentParser
import Localization
import PropertySupport
import Testing

@testable import afilnet_tui

/// `QuickBalance` reads `balance` without ArgumentParser: whatever it accepts, ArgumentParser
/// must read the same way; whatever it is unsure of, it must decline.
@Suite struct QuickBalanceTests {
    @Test func theFormsMonitoringUsesAreReadWithoutArgumentParser() throws {
        let plain = try #require(QuickBalance(arguments: ["balance"]))
        #expect(plain.connection == ConnectionChoice() && !plain.json)
        let full = try #require(QuickBalance(arguments: [
            "balance", "--json", "--profile", "prod", "--auth=jwt", "--api", "soap", "--lang=et", "--config", "/etc/a.toml",
            "--endpoint", "https://example.test/api/",
        ]))
        #expect(full.json)
        #expect(full.connection == ConnectionChoice(
            profile: "prod", endpoint: "https://example.test/api/", auth: .jwt, api: .soap, config: "/etc/a.toml", lang: .estonian))
        #expect(QuickBalance(arguments: ["balance", "--profile", "tõnu šokk"])?.connection.profile == "tõnu šokk")
    }

    @Test func anythingElseIsLeftToArgumentParser() {
        let declined: [[String]] = [
            [], ["--version"], ["balances"], ["addresses"], ["--profile", "a", "balance"],
            ["balance", "--help"], ["balance", "-h"], ["balance", "--check"], ["balance", "--history"],
            ["balance", "--prometheus", "/tmp/p"], ["balance", "--json", "--json"], ["balance", "--profile", "a", "--profile=b"],
            ["balance", "--profile"], ["balance", "--profile", "--json"], ["balance", "--profile="], ["balance", "--auth", "bogus"],
            ["balance", "--api=SOAP"], ["balance", "--lang", "fi"], ["balance", "--", "--json"], ["balance", "extra"],
            ["balance", "--json=yes"], ["balance", "--generate-completion-script", "bash"], ["balance", "--sandbox"],
        ]
        for arguments in declined {
            #expect(QuickBalance(arguments: arguments) == nil, "\(arguments)")
        }
    }

    @Test func whatItAcceptsArgumentParserReadsTheSameWay() {
        var accepted = 0
        Property.check("QuickBalance agrees with ArgumentParser", cases: 600) { generator in
            let arguments = Self.commandLine(&generator)
            guard let quick = QuickBalance(arguments: arguments) else { return nil }
            accepted += 1
            let parsed: any ParsableCommand
            do { parsed = try AfilnetTUI.parseAsRoot(arguments) } catch {
                return "\(arguments): accepted, but ArgumentParser refuses: \(AfilnetTUI.message(for: error))"
            }
            guard let balance = parsed as? BalanceCommand else { return "\(arguments): ArgumentParser ran \(type(of: parsed))" }
            guard balance.connection.choice == quick.connection, balance.output.json == quick.json else {
                return "\(arguments): \(quick) against ArgumentParser's \(balance.connection.choice), json \(balance.output.json)"
            }
            guard !balance.check, !balance.history, balance.prometheus == nil else { return "\(arguments): not a plain read" }
            return nil
        }
        // Not vacuous: the generator's command lines are mostly ones it should take.
        #expect(accepted > 60)
    }

    /// `balance` (mostly) and words from its grammar, right and wrong, with hostile values.
    static func commandLine(_ generator: inout Generator) -> [String] {
        let options = ["--profile", "--endpoint", "--auth", "--api", "--config", "--lang"]
        let values = [
            "prod", "post", "get", "basic", "jwt", "http", "soap", "en", "et", "EN", "bogus", "", "-x", "--json", "a=b",
            "https://example.test/api/?a=1&b=2", "/tmp/c.toml", "Jüri Mägi", "東京", "e\u{301}", "👩‍👩‍👧",
        ]
        var words = [generator.chance(0.9) ? "balance" : generator.pick(["balances", "addresses", "--json", "", "-h"])]
        for _ in 0..<generator.int(0...5) {
            switch generator.int(0...9) {
            case 0: words.append(generator.pick(["--json", "--check", "--history", "--help", "--", "-h", "--csv", "x"]))
            case 1: words.append(HostileText.string(&generator, pieces: 0...3))
            case 2...5:
                words.append(generator.pick(options) + "=" + generator.pick(values))
            default:
                words.append(generator.pick(options))
                if generator.chance(0.95) { words.append(generator.pick(values)) }
            }
        }
        return words
    }
}
