/// Text from a server, made safe to print on a terminal: C0 and C1 controls, ESC, DEL and
/// the bidi overrides and isolates become visible escapes (`\e`, `\x07`, `\u{202E}`), so no
/// name can move the cursor, set the clipboard (OSC 52) or retitle the window (OSC 0); so do
/// scalars the terminal library does not know (`DisplayWidth.isKnown`).
public enum TerminalSafeText {
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x1B: result += "\\e"
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x08: result += "\\b"
            case 0..<0x100: result += "\\x" + hex(scalar.value, width: 2)
            default: result += "\\u{" + hex(scalar.value, width: 4) + "}"
            }
        }
        return result
    }

    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: true
        // Bidi embeddings, overrides and isolates (Trojan Source), and the marks.
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        // What the terminal library has no width for (unassigned in its Unicode): ncurses
        // could not place it, and every cell after it would be drawn astray.
        case 0xA0...: !DisplayWidth.isKnown(scalar.value)
        default: false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
