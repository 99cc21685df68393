/// A rectangle of the grid.
public struct Rect: Sendable, Equatable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The inside of a box drawn on this rectangle.
    var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }

    /// A box of at most `width`×`height` centred in this rectangle.
    func centred(width w: Int, height h: Int) -> Rect {
        let w = min(w, width), h = min(h, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }
}

/// Where things go for a terminal size: header, tabs, body (one pane, or a main pane and a
/// side column on wide terminals), status line and footer.
public struct Layout: Sendable, Equatable {
    public static let minimumColumns = 40
    public static let minimumRows = 10
    /// From this width on, balance and channels stay visible beside the focused pane.
    public static let sideColumnFrom = 150

    public let header: Int
    public let tabs: Int
    public let body: Rect
    public let side: Rect?
    public let status: Int
    public let footer: Int

    public init(columns: Int, rows: Int) {
        header = 0
        tabs = 1
        status = rows - 2
        footer = rows - 1
        let bodyRect = Rect(x: 0, y: 2, width: columns, height: max(0, rows - 4))
        if columns >= Self.sideColumnFrom, rows >= 24 {
            let sideWidth = min(60, columns * 2 / 5)
            body = Rect(x: 0, y: bodyRect.y, width: columns - sideWidth, height: bodyRect.height)
            side = Rect(x: columns - sideWidth, y: bodyRect.y, width: sideWidth, height: bodyRect.height)
        } else {
            body = bodyRect
            side = nil
        }
    }

    public static func isTooSmall(columns: Int, rows: Int) -> Bool {
        columns < minimumColumns || rows < minimumRows
    }
}
