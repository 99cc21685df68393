import AfilnetConfig
import Foundation

/// Finds and resolves themes: user themes in `$XDG_CONFIG_HOME/afilnet-tui/themes/*.toml`
/// override the shipped ones (`themes/*.toml`, embedded in the binary).
///
/// A theme file has an optional `inherits = "other"`, a `[palette]` of named colours and a
/// `[styles]` table of UI elements, each `{ fg, bg, bold, underline, reverse, dim }`, where
/// `fg`/`bg` is a palette name or a colour (`ThemeColor`). Errors name the file, line and key.
public struct ThemeCatalog: Sendable {
    public let userDirectory: String?

    public init(userDirectory: String? = ThemeCatalog.defaultUserDirectory()) {
        self.userDirectory = userDirectory
    }

    public static func defaultUserDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (ConfigLoader.defaultPath(environment: environment) as NSString).deletingLastPathComponent + "/themes"
    }

    public var names: [String] {
        var all = Set(ShippedThemes.files.keys)
        if let userDirectory, let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) {
            all.formUnion(files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) })
        }
        return all.sorted()
    }

    /// Where a theme comes from: the user's file if there is one, else the shipped text.
    public func source(of name: String) -> (file: String, text: String, isUser: Bool)? {
        if let userDirectory {
            let path = userDirectory + "/\(name).toml"
            if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) {
                return (path, text, true)
            }
        }
        return ShippedThemes.files[name].map { ("themes/\(name).toml", $0, false) }
    }

    /// Resolves inheritance, then the palette names: a child's palette re-colours the
    /// styles it inherits (helix's rule).
    public func resolve(_ name: String) throws(ConfigError) -> ResolvedTheme {
        var chain: [String] = []
        let merged = try load(name, chain: &chain)
        var looks: [Style: StyleLook] = [:]
        for (style, raw) in merged.looks {
            var look = raw.look
            if let fg = raw.foreground { look.foreground = try color(fg, merged.palette) }
            if let bg = raw.background { look.background = try color(bg, merged.palette) }
            looks[style] = look
        }
        return ResolvedTheme(name: name, looks: looks)
    }

    /// A colour as written, with where it was written, resolved once the palette is final.
    private struct Written {
        let text: String
        let field: String
        let error: ConfigError
    }

    private struct RawLook {
        var look = StyleLook()
        var foreground: Written?
        var background: Written?
    }

    private struct Merged {
        var palette: [String: ThemeColor] = [:]
        var looks: [Style: RawLook] = [:]
    }

    private func color(_ written: Written, _ palette: [String: ThemeColor]) throws(ConfigError) -> ThemeColor {
        if let named = palette[written.text] { return named }
        if let literal = ThemeColor(written.text) { return literal }
        throw written.error
    }

    private func load(_ name: String, chain: inout [String]) throws(ConfigError) -> Merged {
        guard let (file, text, _) = source(of: name) else {
            throw ConfigError(file: chain.last.map { "themes/\($0).toml" } ?? "--theme", key: "inherits", .noSuchTheme(name, known: names))
        }
        if chain.contains(name) {
            throw ConfigError(file: file, key: "inherits", .inheritanceCycle(chain + [name]))
        }
        chain.append(name)
        let toml = try TOMLReader(file: file, text: text)
        var result = Merged()
        if let parent = try toml.string("inherits") { result = try load(parent, chain: &chain) }
        for key in toml.keys(in: ["palette"]) {
            guard let text = try toml.string(key, in: ["palette"]), let color = ThemeColor(text) else {
                throw toml.error(key, in: ["palette"], .notAColour)
            }
            result.palette[key] = color
        }
        for key in toml.keys(in: ["styles"]) {
            guard let style = Style(rawValue: key) else {
                throw toml.error(key, in: ["styles"], .noSuchElement(known: Style.allCases.map(\.rawValue)))
            }
            var raw = result.looks[style] ?? RawLook()
            let path = ["styles", key]
            for field in ["fg", "bg"] {
                guard let text = try toml.string(field, in: path) else { continue }
                let written = Written(text: text, field: field, error: toml.error(key, in: ["styles"], .unknownColour(field: field, value: text)))
                if field == "fg" { raw.foreground = written } else { raw.background = written }
            }
            if let value = try toml.bool("bold", in: path) { raw.look.bold = value }
            if let value = try toml.bool("underline", in: path) { raw.look.underline = value }
            if let value = try toml.bool("reverse", in: path) { raw.look.reverse = value }
            if let value = try toml.bool("dim", in: path) { raw.look.dim = value }
            result.looks[style] = raw
        }
        chain.removeLast()
        return result
    }
}
