import AccountModel
import AfilnetAPI
import Localization
import Testing

@Suite("The catalogue")
struct CatalogueTests {
    /// Words that are the same in both languages on purpose.
    static let shared: Set<String> = ["ID", "ms", "Dokument", "Enter", "Esc", "API"]

    /// Every plain string member, by name (functions are checked by calling them below).
    static func strings(_ catalogue: Catalogue) -> [String: String] {
        var result: [String: String] = [:]
        for child in Mirror(reflecting: catalogue).children {
            guard let label = child.label else { continue }
            if let text = child.value as? String { result[label] = text }
            if let list = child.value as? [String] { result[label] = list.joined(separator: " | ") }
        }
        return result
    }

    @Test func estonianIsCompleteAndNotALeftoverCopy() {
        let english = Self.strings(.english), estonian = Self.strings(.estonian)
        #expect(english.count > 120)
        #expect(Set(english.keys) == Set(estonian.keys))
        for (name, text) in estonian {
            #expect(!text.isEmpty, "\(name) is empty")
            if !Self.shared.contains(text) { #expect(text != english[name], "\(name) is still English: \(text)") }
        }
    }

    @Test func everyErrorCodeIsExplainedInBothLanguages() {
        // Every code has words (the switch in `APIErrorCode` is exhaustive), each its own.
        for text in [Catalogue.english, .estonian] {
            let explanations = APIErrorCode.known.map { $0.explanation(in: text) }
            #expect(Set(explanations).count == explanations.count, "two codes share words in \(text.language)")
        }
        #expect(APIErrorCode(code: "NEW_CODE").explanation(in: .estonian).contains("NEW_CODE"))
    }

    /// The provider's own Estonian descriptions ("Kood Kirjeldus" tables of its page) lead
    /// the Estonian explanations, word for word.
    @Test(arguments: [
        ("MISSING_USER", "Kasutajat või e-posti pole lisatud"), ("MISSING_PASSWORD", "Parool ei kuulu komplekti"),
        ("MISSING_CLASS", "Klassi ei kuulu"), ("MISSING_METHOD", "Meetod ei kuulu komplekti"),
        ("MISSING_COMPULSORY_PARAM", "Kohustuslik parameeter ei kuulu komplekti"),
        ("INCORRECT_USER_PASSWORD", "Vale kasutaja või parool"), ("INCORRECT_CLASS", "Vale klass"),
        ("INCORRECT_METHOD", "Vale meetod"), ("EMPTY_COUNTRYCODE", "Riigikood on tühi"),
        ("COUNTRY_NOT_FOUND", "Nimetatud koodiga riiki pole"), ("EMPTY_CITY", "Te pole linna ära märkinud"),
        ("CITY_NOT_FOUND", "Näidatud linna pole olemas"),
    ])
    func providerDescriptionsComeFromItsPage(_ code: String, _ description: String) {
        #expect(APIErrorCode(code: code).explanation(in: .estonian).hasPrefix(description))
        #expect(AfilnetError.api(APIErrorCode(code: code)).text(in: .estonian) .hasPrefix("\(code): \(description)"))
    }

    @Test func errorsAreSaidInTheChosenLanguage() {
        let lost = AfilnetError.writeOutcomeUnknown(cause: .transport(.timedOut(seconds: 2.5)))
        #expect(lost.text(in: .english).contains("no answer within 2.5 s"))
        #expect(lost.text(in: .estonian) == "pole teada, kas muudatus rakendati (vastust ei tulnud 2,5 s jooksul; "
            + "võrk või teenus on aeglane, proovige uuesti või suurendage ooteaega); värskendage enne uut katset")
        let problem = FieldProblem(field: .countrycode, kind: .unknownCountry)
        #expect(problem.text(in: .estonian) == "countrycode pole ISO 3166-1 alpha-2 riigikood (nt EE, US)")
        #expect(lost.description == lost.text(in: .english))
    }

    /// Keys are named from the key table only (a rebinding changes what the screen says):
    /// no catalogue string names one of the default keys (those of more than one letter, or
    /// arrows), as a word of its own.
    @Test func noCatalogueStringNamesAKey() {
        for text in [Catalogue.english, .estonian] {
            // Names of more than one character (Enter, Esc, ^U, PgUp…) and the arrows; the
            // space key's own word is where its label comes from.
            let labels = Set(KeyMap.defaults.values.flatMap { $0 }.map { $0.label(in: text) })
                .filter { ($0.count > 1 || "←→↑↓".contains($0)) && $0 != text.keySpace }
            let strings = Mirror(reflecting: text).children.filter { $0.label != "keySpace" }.flatMap { child -> [String] in
                (child.value as? String).map { [$0] } ?? (child.value as? [String]) ?? []
            }
            for string in strings {
                let words = string.split { !$0.isLetter && !$0.isNumber && $0 != "^" && !"←→↑↓".contains($0) }.map(String.init)
                for label in labels where words.contains(label) || (label.count == 1 && string.contains(label)) {
                    Issue.record("\(text.language): '\(string)' names the key \(label)")
                }
            }
        }
    }

    @Test func everyActionHasItsOwnWords() {
        for text in [Catalogue.english, .estonian] {
            let lines = Action.allCases.map { $0.help(in: text) }
            #expect(Set(lines).count == lines.count, "two actions share a help line in \(text.language)")
        }
        #expect(Action.toggle.label(in: .estonian) == "sees/väljas")
        #expect(Key.character(" ").label(in: .estonian) == "tühik")
    }

    @Test func figuresUseTheLanguagesDecimalSeparator() {
        #expect(Catalogue.estonian.decimal("152.34") == "152,34")
        #expect(Catalogue.english.decimal("152.34") == "152.34")
        #expect(Country.named(code: "ee")?.name(in: .estonian) == "Eesti")
        #expect(Country.named(code: "de")?.name(in: .estonian) == "Saksamaa")
    }
}
