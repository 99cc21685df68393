@testable import AccountModel
import Foundation
import PropertySupport
import Testing

@Suite("Line editor: invariants under random typing, pasting and editing")
struct LineEditorPropertyTests {
    static let editingKeys = LineEdit.allCases

    /// Whatever is typed, pasted or edited: the cursor stays within the text, the text on
    /// its two sides makes the whole, and the text is NFC.
    @Test func theCursorAlwaysStaysInTheText() {
        Property.check("LineEditor") { generator in
            var editor = LineEditor(HostileText.string(&generator, pieces: 0...3))
            for step in 0..<generator.int(1...40) {
                if generator.chance(0.5) {
                    editor.insert(HostileText.string(&generator, pieces: 1...3))
                } else {
                    editor.edit(generator.pick(Self.editingKeys))
                }
                if editor.cursor < 0 || editor.cursor > editor.text.count {
                    return "step \(step): cursor \(editor.cursor) outside 0...\(editor.text.count) in \(editor.text.debugDescription)"
                }
                if String(editor.beforeCursor) + String(editor.afterCursor) != editor.text {
                    return "step \(step): the sides do not make the text \(editor.text.debugDescription)"
                }
                if !editor.text.unicodeScalars.elementsEqual(NFC.normalise(editor.text).unicodeScalars) {
                    return "step \(step): not NFC: \(editor.text.debugDescription)"
                }
            }
            return nil
        }
    }

    /// A string typed scalar by scalar, NFD or NFC, ends as the same text with the cursor
    /// at its end.
    @Test func typingScalarByScalarInEitherFormGivesTheSameText() {
        Property.check("typing") { generator in
            let text = HostileText.string(&generator, pieces: 1...6)
            var results: [LineEditor] = []
            for form in [text.decomposedStringWithCanonicalMapping, text.precomposedStringWithCanonicalMapping] {
                var editor = LineEditor()
                for scalar in form.unicodeScalars { editor.insert(String(scalar)) }
                results.append(editor)
            }
            guard results[0].text == results[1].text, results[0].text.unicodeScalars.elementsEqual(results[1].text.unicodeScalars) else {
                return "NFD and NFC typing differ for \(text.debugDescription)"
            }
            return results[0].cursor == results[0].text.count ? nil : "cursor not at the end for \(text.debugDescription)"
        }
    }

    // Named examples of what the monkey and the properties found.

    /// The reported crash: a combining mark typed after a letter joins it, and the cursor
    /// counted past the end.
    @Test func aCombiningMarkTypedAfterALetterJoinsIt() {
        var editor = LineEditor()
        editor.insert("e")
        editor.insert("\u{301}")
        #expect(editor.text == "é")
        #expect(editor.cursor == 1)
        editor.insert("x")
        #expect(editor.text == "éx")
        editor.edit(.backspace)
        editor.edit(.backspace)
        #expect(editor.text.isEmpty)
    }

    /// A pasted NFD name and a typed precomposed one are the same text, and the same bytes.
    @Test func pastedNFDAndTypedNFCAreTheSame() {
        var pasted = LineEditor()
        pasted.insert("O\u{303}unapuu")
        var typed = LineEditor()
        for character in "Õunapuu" { typed.insert(String(character)) }
        #expect(Array(pasted.text.utf8) == Array(typed.text.utf8))
        #expect(pasted.text.unicodeScalars.count == 7)
        #expect(pasted.cursor == 7)
    }

    /// Found by the typing property: Foundation's NFC left a Hangul syllable and its final
    /// consonant apart, so NFD Korean typed jamo by jamo was not the NFC text.
    @Test func koreanTypedJamoByJamoComposes() {
        var editor = LineEditor()
        for scalar in "한국어".decomposedStringWithCanonicalMapping.unicodeScalars { editor.insert(String(scalar)) }
        #expect(Array(editor.text.unicodeScalars) == Array("한국어".unicodeScalars))
        #expect(editor.cursor == 3)
    }

    /// Backspace takes a whole ZWJ emoji family or a flag, not a piece of it.
    @Test func backspaceTakesAWholeCluster() {
        var editor = LineEditor("a👨‍👩‍👧‍👦🇪🇪")
        editor.edit(.backspace)
        #expect(editor.text == "a👨‍👩‍👧‍👦")
        editor.edit(.backspace)
        #expect(editor.text == "a")
    }
}
