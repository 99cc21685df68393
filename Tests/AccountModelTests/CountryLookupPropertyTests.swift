import AfilnetAPI
import Foundation
import PropertySupport
import Testing

/// The form's country lookups on names folded once (`Country.named`, `Country.completing`)
/// answer as the per-key scans they replaced did: the loop's thread spent over 3 s in those
/// scans when 300 characters were typed into the city id with a country given by name.
@Suite("Country lookups: folded once, same answers")
struct CountryLookupPropertyTests {
    /// The scans as they were: every country's two names lowercased on every call.
    static func scanNamed(_ typed: String) -> Country? {
        Country.all.first { [$0.name, $0.estonianName].contains { $0.lowercased() == typed.lowercased() } }
    }

    static func scanCompleting(_ typed: String) -> [Country] {
        let lowered = typed.lowercased()
        return Country.all.filter { $0.name.lowercased().hasPrefix(lowered) || $0.estonianName.lowercased().hasPrefix(lowered) }
    }

    @Test func theSameAnswersAsTheScansOverGeneratedText() {
        let names = Country.all.flatMap { [$0.name, $0.estonianName] }
        Property.check("country lookups", cases: 3000) { generator in
            var typed: String
            switch generator.int(0...3) {
            case 0: typed = generator.pick(names)
            case 1: typed = String(generator.pick(names).prefix(generator.int(0...12)))
            case 2: typed = HostileText.string(&generator, pieces: 0...4)
            default: typed = generator.pick(names) + HostileText.string(&generator, pieces: 0...2)
            }
            switch generator.int(0...2) {
            case 0: typed = typed.uppercased()
            case 1: typed = typed.lowercased()
            default: break
            }
            if Country.named(typed) != Self.scanNamed(typed) { return "named(\(typed.debugDescription)): \(String(describing: Country.named(typed)))" }
            if Country.completing(typed) != Self.scanCompleting(typed) { return "completing(\(typed.debugDescription)) differs" }
            return nil
        }
    }

    /// Estonian names, as typed: `eesti`, `SOOME`, `Läti`.
    @Test func estonianNamesAnyCase() {
        #expect(Country.named("eesti")?.code == "EE")
        #expect(Country.named("SOOME")?.code == "FI")
        #expect(Country.completing("läti").map(\.code) == ["LV"])
        #expect(Country.named(String(repeating: "õ", count: 300)) == nil)
    }
}
