/// How many colours the terminal has, as far as the UI cares.
public enum ColorDepth: String, Sendable, CaseIterable {
    case many = "256", eight = "8", monochrome

    public var colors: Int { self == .many ? 256 : 8 }
}

/// What one style becomes on a terminal of a given depth: colour numbers (-1 is the
/// terminal's own colour) and attributes. Pure, so every theme × depth is tested without one.
public struct TerminalLook: Sendable, Hashable, CustomStringConvertible {
    public var foreground = -1, background = -1
    public var bold = false, underline = false, reverse = false, dim = false

    public var description: String {
        var parts: [String] = []
        if foreground >= 0 { parts.append("fg \(foreground)") }
        if background >= 0 { parts.append("bg \(background)") }
        for (on, name) in [(bold, "bold"), (underline, "underline"), (reverse, "reverse"), (dim, "dim")] where on {
            parts.append(name)
        }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}

extension ResolvedTheme {
    /// The style as drawn at `depth`. Without colour only the attributes remain, and a bar
    /// drawn by its background colour becomes reverse video, so it stays visible.
    public func terminalLook(_ style: Style, depth: ColorDepth) -> TerminalLook {
        let look = look(style)
        var result = TerminalLook(bold: look.bold, underline: look.underline, reverse: look.reverse, dim: look.dim)
        if depth == .monochrome {
            if let background = look.background, background != .terminalDefault, !look.reverse { result.reverse = true }
        } else {
            result.foreground = Int(look.foreground?.number(colors: depth.colors) ?? -1)
            result.background = Int(look.background?.number(colors: depth.colors) ?? -1)
        }
        return result
    }
}
