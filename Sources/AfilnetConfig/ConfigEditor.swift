/// Edits config.toml as text, so what a person wrote by hand — comments, blank lines, order,
/// quoting — stays as it was: a profile is a `[profiles.NAME]` table appended at the end, or
/// cut out with the comment lines just above it. Every edit is parsed back before it is kept.
public enum ConfigEditor {
    /// What `profile add` writes: the keys given, in this order.
    public struct NewProfile: Sendable {
        public var name: String
        public var entries: [(key: String, value: Value)]

        public enum Value: Sendable {
            case string(String), bool(Bool)
        }

        public init(name: String, entries: [(key: String, value: Value)]) {
            self.name = name
            self.entries = entries
        }
    }

    /// `text` with the profile's table appended after one blank line (always one, so that
    /// `removing` takes exactly what this added).
    public static func adding(_ profile: NewProfile, to text: String) -> String {
        var out = text
        if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
        if !out.isEmpty { out += "\n" }
        out += "[profiles.\(key(profile.name))]\n"
        for (name, value) in profile.entries {
            switch value {
            case .string(let string): out += "\(name) = \(quoted(string))\n"
            case .bool(let flag): out += "\(name) = \(flag)\n"
            }
        }
        return out
    }

    /// `text` without the profile's `[profiles.NAME]` table and the comment lines right above
    /// its header; nil when there is no such header (a profile written another way: dotted
    /// keys or an inline table, to be edited by hand).
    public static func removing(_ name: String, from text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { isHeader($0, of: name) }) else { return nil }
        var start = header
        while start > 0, isComment(lines[start - 1]) { start -= 1 }
        // To the next table's header, leaving the comments above it to it.
        // (The empty string after the file's last line break is no line of it.)
        let last = lines.last == "" ? lines.count - 1 : lines.count
        var end = lines[(header + 1)..<max(header + 1, last)].firstIndex(where: isAnyHeader) ?? last
        if end < last { while end > header + 1, isComment(lines[end - 1]) { end -= 1 } }
        // One blank line that separated it from what came before goes too.
        if start > 0, lines[start - 1].allSatisfy(\.isWhitespace), end == last || lines[end - 1].allSatisfy(\.isWhitespace) {
            start -= 1
        }
        lines.removeSubrange(start..<end)
        return lines.joined(separator: "\n")
    }

    /// A key as TOML writes it: bare when it can be, quoted otherwise.
    static func key(_ name: String) -> String {
        let bare = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
        return bare ? name : quoted(name)
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16).uppercased()
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func isHeader(_ line: String, of name: String) -> Bool {
        let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? line
        let compact = content.filter { !$0.isWhitespace }
        return compact == "[profiles.\(key(name).filter { !$0.isWhitespace })]" || compact == "[profiles.\(quoted(name).filter { !$0.isWhitespace })]"
    }

    static func isAnyHeader(_ line: String) -> Bool { line.drop { $0 == " " || $0 == "\t" }.hasPrefix("[") }
    static func isComment(_ line: String) -> Bool { line.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") }
}
