import Foundation

/// Canonical composition (NFC) of typed and pasted text. Foundation's on Linux leaves a
/// Hangul LV syllable and a trailing jamo apart (`하` + U+11AB stays two scalars instead of
/// `한`), so NFD Korean would differ from NFC Korean; that step is done here, by the
/// arithmetic of Unicode's Hangul composition (chapter 3.12).
enum NFC {
    static func normalise(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
        guard composed.unicodeScalars.contains(where: { (0x11A8...0x11C2).contains($0.value) }) else { return composed }
        var result = String.UnicodeScalarView()
        for scalar in composed.unicodeScalars {
            if (0x11A8...0x11C2).contains(scalar.value), let last = result.last,
                (0xAC00...0xD7A3).contains(last.value), (last.value - 0xAC00) % 28 == 0,
                let syllable = Unicode.Scalar(last.value + scalar.value - 0x11A7)
            {
                result.removeLast()
                result.append(syllable)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}

extension String {
    /// This text in NFC (`NFC.normalise`).
    var nfc: String { NFC.normalise(self) }
}
