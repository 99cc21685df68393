import Foundation
import TOMLKit

/// Typed, located reads from a parsed TOML file: every wrong type or value becomes a
/// `ConfigError` naming the file, the line and the dotted key.
public struct TOMLReader {
    public let file: String
    let text: String
    let root: TOMLTable

    public init(file: String, text: String) throws(ConfigError) {
        self.file = file
        self.text = text
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: error.source.begin.line, .notTOML(detail: error.description))
        } catch {
            throw ConfigError(file: file, .notTOML(detail: ""))
        }
    }

    public func string(_ key: String, in path: [String] = []) throws(ConfigError) -> String? {
        guard let value = value(key, in: path) else { return nil }
        guard let string = value.string else { throw error(key, in: path, .notAString) }
        return string
    }

    public func bool(_ key: String, in path: [String] = []) throws(ConfigError) -> Bool? {
        guard let value = value(key, in: path) else { return nil }
        guard let bool = value.bool else { throw error(key, in: path, .notABool) }
        return bool
    }

    /// An integer or a float, as a Double.
    public func number(_ key: String, in path: [String] = []) throws(ConfigError) -> Double? {
        guard let value = value(key, in: path) else { return nil }
        if let int = value.int { return Double(int) }
        guard let double = value.double else { throw error(key, in: path, .notANumber) }
        return double
    }

    func table(_ key: String, in path: [String] = []) throws(ConfigError) -> TOMLTable? {
        guard let value = value(key, in: path) else { return nil }
        guard let table = value.table else { throw error(key, in: path, .notATable((path + [key]).joined(separator: "."))) }
        return table
    }

    /// Keys of a table, for the sections whose keys are names (profiles, keys).
    public func keys(in path: [String]) -> [String] {
        tableAt(path)?.keys ?? []
    }

    public func error(_ key: String, in path: [String], _ problem: ConfigError.Problem) -> ConfigError {
        ConfigError(file: file, line: line(of: key, in: path), key: (path + [key]).joined(separator: "."), problem)
    }

    private func value(_ key: String, in path: [String]) -> (any TOMLValueConvertible)? {
        tableAt(path)?[key]
    }

    private func tableAt(_ path: [String]) -> TOMLTable? {
        var table: TOMLTable? = root
        for part in path { table = table?[part]?.table }
        return table
    }

    /// The line where `key` is set under the `[path]` header (1-based), found in the text
    /// because the TOML library reports positions for syntax errors only.
    public func line(of key: String, in path: [String]) -> Int? {
        let header = path.isEmpty ? nil : path.joined(separator: ".")
        var inSection = header == nil
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).replacingOccurrences(of: "\"", with: "")
                inSection = name == header
                continue
            }
            guard inSection, line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("=") { return number + 1 }
        }
        return nil
    }
}
