@testable import AfilnetAPI
import Foundation
import PropertySupport
import Testing

/// The journal masks every occurrence of a secret, scalar for scalar — also one inside a
/// grapheme, which a search by characters leaves alone — and every one that is only
/// canonically the same (NFC against NFD). Found here: Foundation's `replacingOccurrences`,
/// which the journal used, trapped (SIGILL) on generated text (CI, session 8).
@Suite struct JournalRedactionTests {
    @Test func everyOccurrenceIsMaskedInAnyForm() {
        Property.check("every occurrence masked", cases: 3000) { generator in
            var text = HostileText.string(&generator)
            let secret: String
            if generator.chance(0.7), !text.isEmpty {
                // A piece of the text itself, by scalars (which may split a grapheme).
                let scalars = Array(text.unicodeScalars)
                let start = generator.int(0...(scalars.count - 1))
                let end = generator.int(start...min(scalars.count - 1, start + 6))
                var piece = ""
                piece.unicodeScalars.append(contentsOf: scalars[start...end])
                secret = piece
                if generator.chance(0.5) { text += piece + HostileText.string(&generator, pieces: 0...2) + piece }
            } else {
                secret = HostileText.string(&generator, pieces: 1...3)
            }
            // A secret sharing letters with the mask can reappear across or inside a mask:
            // not a leak, and not what this checks.
            guard !secret.unicodeScalars.contains(where: RequestJournal.mask.unicodeScalars.contains) else { return nil }
            let ours = RequestJournal.replacing(secret, in: text)
            if Self.maskedByScalars(secret, in: ours) != ours {
                return "\(secret.debugDescription) is still in \(ours.debugDescription)"
            }
            let nfdSecret = secret.decomposedStringWithCanonicalMapping
            if !nfdSecret.unicodeScalars.contains(where: RequestJournal.mask.unicodeScalars.contains) {
                let nfdOurs = ours.decomposedStringWithCanonicalMapping
                if Self.maskedByScalars(nfdSecret, in: nfdOurs) != nfdOurs {
                    return "\(secret.debugDescription), decomposed, is still in \(ours.debugDescription)"
                }
            }
            let nfdText = text.decomposedStringWithCanonicalMapping
            let nothingThere = Self.maskedByScalars(secret, in: text) == text && Self.maskedByScalars(nfdSecret, in: nfdText) == nfdText
            if nothingThere, Array(ours.utf8) != Array(text.utf8) {
                return "nothing to mask, yet \(text.debugDescription) became \(ours.debugDescription)"
            }
            let ascii = (secret + text).utf8.allSatisfy { $0 < 0x80 }
            if ascii, ours != Self.maskedByScalars(secret, in: text) {
                return "\(secret.debugDescription) in \(text.debugDescription): \(ours.debugDescription)"
            }
            return nil
        }
    }

    /// The reference: left to right, scalar by scalar, occurrences not overlapping.
    static func maskedByScalars(_ secret: String, in text: String) -> String {
        let scalars = Array(text.unicodeScalars), needle = Array(secret.unicodeScalars)
        guard !needle.isEmpty else { return text }
        var result = ""
        var index = 0
        while index < scalars.count {
            if index + needle.count <= scalars.count, Array(scalars[index..<index + needle.count]) == needle {
                result += RequestJournal.mask
                index += needle.count
            } else {
                result.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        return result
    }

    @Test func examples() {
        // Inside a grapheme: Foundation finds nothing there, the journal masks it.
        #expect(RequestJournal.replacing("\u{301}", in: "e\u{301}x") == "e[REDACTED]x")
        #expect(RequestJournal.replacing("p&ss", in: "user=u&password=p&ss&x=p&ss") == "user=u&password=[REDACTED]&x=[REDACTED]")
        #expect(RequestJournal.replacing("aa", in: "aaa") == "[REDACTED]a")
        #expect(RequestJournal.replacing("šokk", in: "tõnu") == "tõnu")
        // NFC secret, NFD text: the same letters.
        #expect(RequestJournal.replacing("J\u{FC}ri", in: "user=Ju\u{308}ri") == "user=[REDACTED]")
        #expect(RequestJournal.replacing("", in: "x") == "x")
    }
}
