/// How one UI element looks, once its palette names are resolved.
public struct StyleLook: Sendable, Hashable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, bold: Bool = false,
                underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}

/// A theme with inheritance resolved: a look for every `Style`.
public struct ResolvedTheme: Sendable, Equatable {
    public let name: String
    public let looks: [Style: StyleLook]

    public init(name: String, looks: [Style: StyleLook]) {
        self.name = name
        self.looks = looks
    }

    public func look(_ style: Style) -> StyleLook { looks[style] ?? StyleLook() }
}
