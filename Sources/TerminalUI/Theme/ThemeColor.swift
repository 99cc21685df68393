import Foundation

/// A colour as a theme file writes it: `default`, one of the eight ANSI names (`red`…),
/// `bright-red`…, an xterm-256 index (`244`), or `#rrggbb`. Terminals get the closest they
/// can show: 256 colours, else 8, else none (monochrome keeps only the attributes).
public enum ThemeColor: Sendable, Hashable, CustomStringConvertible {
    case terminalDefault
    case ansi(Int)        // 0…15
    case indexed(Int)     // 16…255
    case rgb(UInt8, UInt8, UInt8)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public init?(_ text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value == "default" || value == "none" { self = .terminalDefault; return }
        if let index = Self.names.firstIndex(of: value) { self = .ansi(index); return }
        if value.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(value.dropFirst(7))) {
            self = .ansi(index + 8)
            return
        }
        if let number = Int(value), (0...255).contains(number) { self = number < 16 ? .ansi(number) : .indexed(number); return }
        if value.hasPrefix("#"), value.count == 7, let rgb = UInt32(value.dropFirst(), radix: 16) {
            self = .rgb(UInt8(rgb >> 16 & 0xFF), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF))
            return
        }
        return nil
    }

    public var description: String {
        switch self {
        case .terminalDefault: "default"
        case .ansi(let n): n < 8 ? Self.names[n] : "bright-" + Self.names[n - 8]
        case .indexed(let n): String(n)
        case .rgb(let r, let g, let b): String(format: "#%02x%02x%02x", r, g, b)
        }
    }

    /// The colour number for a terminal with `colors` colours (-1: the terminal's default).
    public func number(colors: Int) -> Int16 {
        switch self {
        case .terminalDefault: return -1
        case .ansi(let n): return Int16(colors >= 16 ? n : n % 8)
        case .indexed(let n): return colors >= 256 ? Int16(n) : Int16(Self.nearestBasic(Self.rgb(ofIndex: n)))
        case .rgb(let r, let g, let b):
            return colors >= 256 ? Int16(Self.cubeIndex(r, g, b)) : Int16(Self.nearestBasic((Int(r), Int(g), Int(b))))
        }
    }

    /// The xterm-256 entry closest to an RGB colour (colour cube or grey ramp).
    static func cubeIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ c: UInt8) -> Int { c < 48 ? 0 : c < 115 ? 1 : (Int(c) - 35) / 40 }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grey = average > 238 ? 255 : 232 + max(0, (average - 3) / 10)
        return distance(rgb(ofIndex: grey), (Int(r), Int(g), Int(b))) < distance(rgb(ofIndex: cube), (Int(r), Int(g), Int(b))) ? grey : cube
    }

    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        if index >= 232 { let v = 8 + (index - 232) * 10; return (v, v, v) }
        if index >= 16 {
            let i = index - 16, steps = [0, 95, 135, 175, 215, 255]
            return (steps[i / 36], steps[i / 6 % 6], steps[i % 6])
        }
        return basicRGB[index % 8]
    }

    static let basicRGB = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229)]

    static func nearestBasic(_ color: (Int, Int, Int)) -> Int {
        // Greys go to black or white: by distance alone a mid grey would come out yellow.
        if max(color.0, color.1, color.2) - min(color.0, color.1, color.2) < 30 { return color.0 < 64 ? 0 : 7 }
        return basicRGB.indices.min { distance(basicRGB[$0], color) < distance(basicRGB[$1], color) }!
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)
    }
}
