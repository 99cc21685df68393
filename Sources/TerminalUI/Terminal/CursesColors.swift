import CNCursesW

/// The resolved theme as ncurses applies it on this terminal: one colour pair and attribute set per style, with
/// colours brought down to what the terminal has (256, 8, or none when `has_colors()` says
/// so or `NO_COLOR` is set: then only bold, reverse, underline and dim remain).
struct CursesColors {
    private var attributes: [Style: attr_t] = [:]
    private var pairs: [Style: Int16] = [:]

    init(_ resolved: ResolvedTheme, noColor: Bool) {
        let depth: ColorDepth
        if noColor || !has_colors() {
            depth = .monochrome
        } else {
            // COLORS is known only once start_color has run (before, it is 0: every theme
            // came down to 8 colours until the README's screenshots showed it).
            start_color()
            use_default_colors()
            depth = afl_colors() >= 256 ? .many : .eight
        }
        for style in Style.allCases {
            let look = resolved.terminalLook(style, depth: depth)
            var attributes = afl_a_normal()
            if look.bold { attributes |= afl_a_bold() }
            if look.underline { attributes |= afl_a_underline() }
            if look.reverse { attributes |= afl_a_reverse() }
            if look.dim { attributes |= afl_a_dim() }
            if depth != .monochrome {
                let pair = Int16(pairs.count + 1)
                init_pair(pair, Int16(look.foreground), Int16(look.background))
                pairs[style] = pair
            }
            self.attributes[style] = attributes
        }
    }

    /// The attributes and pair to pass to `wattr_set`.
    func attributes(_ style: Style) -> (attr_t, Int16) {
        (attributes[style] ?? afl_a_normal(), pairs[style] ?? 0)
    }
}
