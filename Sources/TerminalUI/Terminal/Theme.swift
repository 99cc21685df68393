import CNCursesW

/// How each style looks: a colour pair and attributes, chosen from what the terminal can do.
/// (Issue 5 brings TOML themes; this is the built-in default with its fallbacks.)
struct Theme {
    enum Depth { case monochrome, eight, many }

    struct Look {
        var foreground: Int16
        var background: Int16
        var attributes: attr_t
    }

    let depth: Depth
    private var looks: [Style: Look] = [:]
    private var pairs: [Style: Int16] = [:]

    /// Picks the depth from the terminal and `NO_COLOR`, and registers the colour pairs.
    init(noColor: Bool) {
        if noColor || !has_colors() {
            depth = .monochrome
        } else {
            depth = afl_colors() >= 256 ? .many : .eight
        }
        if depth != .monochrome {
            start_color()
            use_default_colors()
        }
        for style in Style.allCases {
            let look = Self.look(style, depth)
            looks[style] = look
            if depth != .monochrome {
                let pair = Int16(pairs.count + 1)
                init_pair(pair, look.foreground, look.background)
                pairs[style] = pair
            }
        }
    }

    /// The attributes and pair to pass to `wattr_set`.
    func attributes(_ style: Style) -> (attr_t, Int16) {
        (looks[style]?.attributes ?? afl_a_normal(), pairs[style] ?? 0)
    }

    private static func look(_ style: Style, _ depth: Depth) -> Look {
        let bold = afl_a_bold(), reverse = afl_a_reverse(), underline = afl_a_underline(), plain = afl_a_normal()
        let dim = depth == .many ? Int16(244) : Int16(COLOR_WHITE)
        if depth == .monochrome {
            switch style {
            case .header, .tabFocused, .selection, .footerKey, .fieldFocused: return Look(foreground: -1, background: -1, attributes: reverse)
            case .headerAccent, .title, .dialogTitle, .tableHeader, .balance, .focusedBorder, .statusError, .error, .fieldError, .warning:
                return Look(foreground: -1, background: -1, attributes: bold | (style == .fieldError ? underline : plain))
            case .field: return Look(foreground: -1, background: -1, attributes: underline)
            default: return Look(foreground: -1, background: -1, attributes: plain)
            }
        }
        switch style {
        case .normal, .dialog: return Look(foreground: -1, background: -1, attributes: plain)
        case .muted, .toggleOff: return Look(foreground: dim, background: -1, attributes: plain)
        case .header: return Look(foreground: Int16(COLOR_BLACK), background: Int16(COLOR_CYAN), attributes: plain)
        case .headerAccent: return Look(foreground: Int16(COLOR_BLACK), background: Int16(COLOR_CYAN), attributes: bold)
        case .tabs: return Look(foreground: -1, background: -1, attributes: plain)
        case .tabFocused: return Look(foreground: Int16(COLOR_BLACK), background: Int16(COLOR_CYAN), attributes: bold)
        case .footer: return Look(foreground: -1, background: -1, attributes: plain)
        case .footerKey: return Look(foreground: Int16(COLOR_CYAN), background: -1, attributes: bold)
        case .statusInfo: return Look(foreground: Int16(COLOR_CYAN), background: -1, attributes: plain)
        case .statusWarning, .warning: return Look(foreground: Int16(COLOR_YELLOW), background: -1, attributes: bold)
        case .statusError, .error, .fieldError: return Look(foreground: Int16(COLOR_RED), background: -1, attributes: bold)
        case .border: return Look(foreground: dim, background: -1, attributes: plain)
        case .focusedBorder: return Look(foreground: Int16(COLOR_CYAN), background: -1, attributes: plain)
        case .title, .dialogTitle, .tableHeader: return Look(foreground: -1, background: -1, attributes: bold)
        case .selection: return Look(foreground: Int16(COLOR_CYAN), background: -1, attributes: bold | reverse)
        case .verified, .toggleOn: return Look(foreground: Int16(COLOR_GREEN), background: -1, attributes: bold)
        case .field: return Look(foreground: -1, background: -1, attributes: underline)
        case .fieldFocused: return Look(foreground: Int16(COLOR_BLACK), background: Int16(COLOR_WHITE), attributes: plain)
        case .balance: return Look(foreground: Int16(COLOR_GREEN), background: -1, attributes: bold)
        }
    }
}
