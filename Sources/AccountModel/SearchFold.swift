import Foundation

/// How the `/` filter compares text: case-insensitively always, and for Latin letters also
/// without their marks, like fzf — `ounapuu` finds "Õunapuu", `tonis` finds "Tõnis", `lodz`
/// finds "Łódź". A filter that itself carries a mark (`õ`, `ä`, `š`…) is taken as meant: it
/// matches that letter only ("Tõnis", not "Tonis"). See README, "The filter".
///
/// Text is folded into UTF-8 bytes once per row (`SearchIndex`), so a keystroke is a byte
/// search: ASCII bytes lower-cased as they are copied, every other scalar through a table
/// worked out once per scalar.
public enum SearchFold {
    /// The two foldings: `marked` keeps marks (lower case, NFC); `plain` drops the marks of
    /// Latin letters and spells ø ł đ ß æ œ as o l d ss ae oe.
    public enum Mode: Sendable { case plain, marked }

    /// Appends `text` folded in `mode` to `bytes`.
    public static func append(_ text: String, _ mode: Mode, to bytes: inout [UInt8]) {
        var text = text
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII {
            text.withUTF8 { source in
                for byte in source { bytes.append(byte &+ (byte &- 0x41 < 26 ? 0x20 : 0)) }
            }
            return
        }
        // Marks arriving separately (NFD text) are composed first, so both forms fold alike.
        if text.unicodeScalars.contains(where: { (0x300...0x36F).contains($0.value) }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        var afterLatin = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte &+ (byte &- 0x41 < 26 ? 0x20 : 0))
                afterLatin = true
                continue
            }
            // A mark no precomposed letter exists for, after a Latin letter: dropped in plain.
            if (0x300...0x36F).contains(value) {
                if mode == .marked || !afterLatin { bytes.append(contentsOf: Array(String(scalar).utf8)) }
                continue
            }
            afterLatin = Latin.covers(value)
            if afterLatin {
                bytes.append(contentsOf: mode == .plain ? Latin.plain[Latin.slot(value)] : Latin.marked[Latin.slot(value)])
            } else if scalar.properties.changesWhenLowercased {
                bytes.append(contentsOf: Array(scalar.properties.lowercaseMapping.utf8))
            } else {
                bytes.append(contentsOf: Array(String(scalar).utf8))
            }
        }
    }

    public static func folded(_ text: String, _ mode: Mode) -> [UInt8] {
        var bytes: [UInt8] = []
        append(text, mode, to: &bytes)
        return bytes
    }

    /// The Latin letters outside ASCII (Latin-1 Supplement, Extended-A and -B, Extended
    /// Additional), folded once, on first use.
    enum Latin {
        static let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x1E00...0x1EFF]

        static func covers(_ value: UInt32) -> Bool { (0x80...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) }
        static func slot(_ value: UInt32) -> Int { value <= 0x24F ? Int(value - 0x80) : Int(value - 0x1E00) + (0x250 - 0x80) }

        /// Letters whose plain form is not their decomposition's base.
        static let spelled: [Character: String] = [
            "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t", "ð": "d", "þ": "th",
        ]

        static let marked: [[UInt8]] = table { Array($0.utf8) }
        static let plain: [[UInt8]] = table { lower in
            if let first = lower.first, let spelled = spelled[first] { return Array(spelled.utf8) }
            let base = lower.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                !(0x300...0x36F).contains($0.value)
            }
            return Array(String(String.UnicodeScalarView(base)).utf8)
        }

        private static func table(_ fold: (String) -> [UInt8]) -> [[UInt8]] {
            ranges.flatMap { range in
                range.map { value -> [UInt8] in
                    guard let scalar = Unicode.Scalar(value) else { return [] }
                    let lower = String(scalar).lowercased()
                    return fold(lower.precomposedStringWithCanonicalMapping)
                }
            }
        }
    }
}
