import Localization
import Testing

@Suite("Choosing the language")
struct LanguageTests {
    @Test(arguments: [
        ("et_EE.UTF-8", Language.estonian), ("et", .estonian), ("et-EE", .estonian), ("et_EE@euro", .estonian),
        ("ET_EE.utf8", .estonian), ("eesti", .estonian), ("en_GB.UTF-8", .english), ("en", .english),
    ])
    func tags(_ tag: String, _ expected: Language) {
        #expect(Language(tag: tag) == expected)
    }

    @Test(arguments: ["C", "POSIX", "C.UTF-8", "de_DE.UTF-8", "", "estonia", "e"])
    func tagsThatNameNoLanguageOfOurs(_ tag: String) {
        #expect(Language(tag: tag) == nil)
    }

    @Test func posixOrderDecides() {
        #expect(Language.resolve(environment: ["LANG": "et_EE.UTF-8"]) == .estonian)
        #expect(Language.resolve(environment: ["LANG": "et_EE.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .english)
        #expect(Language.resolve(environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "et_EE.UTF-8"]) == .estonian)
        #expect(Language.resolve(environment: ["LC_MESSAGES": "et_EE.UTF-8", "LC_ALL": "C.UTF-8"]) == .english)
        #expect(Language.resolve(environment: ["LC_ALL": "et_EE.UTF-8", "LANG": "en_US.UTF-8"]) == .estonian)
        // Set but empty means unset, as POSIX says.
        #expect(Language.resolve(environment: ["LC_ALL": "", "LANG": "et_EE.UTF-8"]) == .estonian)
        #expect(Language.resolve(environment: [:]) == .english)
        #expect(Language.resolve(environment: ["LANG": "de_DE.UTF-8"]) == .english)
    }

    @Test func gnuLanguageListComesFirstUnlessTheLocaleIsC() {
        #expect(Language.resolve(environment: ["LANGUAGE": "de:et:en", "LANG": "en_US.UTF-8"]) == .estonian)
        #expect(Language.resolve(environment: ["LANGUAGE": "et", "LANG": "C"]) == .english)
        #expect(Language.resolve(environment: ["LANGUAGE": "fr", "LANG": "et_EE.UTF-8"]) == .estonian)
    }

    @Test func anExplicitChoiceBeatsTheEnvironment() {
        #expect(Language.resolve(chosen: .english, environment: ["LC_ALL": "et_EE.UTF-8"]) == .english)
        #expect(Language.resolve(chosen: .estonian, environment: ["LANG": "C"]) == .estonian)
    }
}
