/// Text as users, pastes and servers deliver it: Estonian letters, NFD sequences, combining
/// marks in stacks, ZWJ emoji, flags, CJK and fullwidth forms, right-to-left text and bidi
/// controls, zero-width characters, C0/C1 controls and escapes, and random scalars.
public enum HostileText {
    public static let pools: [[String]] = [
        ["õ", "ä", "ö", "ü", "š", "ž", "Õ", "Ä", "Ö", "Ü", "Š", "Ž", "Tõnis", "Õunapuu OÜ", "Pärnu"],
        ["e\u{301}", "O\u{303}", "a\u{308}", "\u{303}", "\u{301}", "n\u{303}\u{301}\u{323}", "Z\u{351}\u{352}\u{353}\u{354}\u{355}\u{356}"],
        ["👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇪🇪", "🇪", "❤️", "\u{200D}", "\u{FE0F}", "😀"],
        ["東", "京", "商事", "한국어", "ｆｕｌｌ", "丸の内"],
        ["שלום", "مرحبا", "\u{202E}", "\u{202C}", "\u{2067}", "\u{2069}", "\u{200F}"],
        ["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}"],
        ["\u{1B}", "\u{1B}]52;c;aGk=\u{7}", "\u{7}", "\n", "\r", "\t", "\u{0}", "\u{85}", "\u{9B}", "\u{7F}"],
        ["a", "b", "z", " ", "  ", "-", ".", "1", "Tallinn", "Mari Tamm"],
    ]

    public static func string(_ generator: inout Generator, pieces: ClosedRange<Int> = 0...12) -> String {
        var text = ""
        for _ in 0..<generator.int(pieces) {
            if generator.chance(0.1) {
                text.unicodeScalars.append(scalar(&generator))
            } else {
                text += generator.pick(generator.pick(pools))
            }
        }
        return text
    }

    public static func scalar(_ generator: inout Generator) -> Unicode.Scalar {
        while true {
            let value: UInt32 = switch generator.int(0...2) {
            case 0: UInt32(generator.int(0x20...0x7E))
            case 1: UInt32(generator.int(0xA0...0xFFFF))
            default: UInt32(generator.int(0x10000...0x10FFFF))
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }
}
