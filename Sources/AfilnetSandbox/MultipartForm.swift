import Foundation

/// The parameters of a `multipart/form-data` body (RFC 7578), as the provider's PHP SDK and
/// WooCommerce plugin send them (PHP's curl with an array of fields), `curl -F` and Python's
/// `requests` with `files=` (docs/api.md, "Request shapes").
///
/// As PHP reads such a body: a part with a `filename` is a file, not a parameter (it is
/// skipped); a part's own `Content-Type` does not matter. Lines may end in CRLF or LF. A body
/// that does not parse is `MALFORMED_REQUEST`; the limits are `FormParameters`'.
enum MultipartForm {
    /// The boundary named by a `Content-Type` header (`multipart/form-data; boundary=…`,
    /// quoted or not); nil when the header names none or one RFC 2046 would not allow.
    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count), value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F || $0 == 0x20 }) else { return nil }
            return value
        }
        return nil
    }

    /// Adds the parts of `body` to `parameters`.
    static func parse(_ body: [UInt8], boundary: String, into parameters: inout FormParameters) throws(SandboxError) {
        let delimiter = Array("--\(boundary)".utf8)
        // Where each delimiter line starts: at the very start, or right after a line end.
        var starts: [Int] = []
        var position = 0
        while let found = find(delimiter, in: body, from: position) {
            if found == 0 || body[found - 1] == UInt8(ascii: "\n") { starts.append(found) }
            position = found + delimiter.count
        }
        guard let first = starts.first else { throw .malformedRequest }
        var closed = false
        for (index, start) in starts.enumerated() {
            let afterDelimiter = start + delimiter.count
            if body[afterDelimiter...].starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]) {
                closed = true
                break
            }
            guard index + 1 < starts.count else { throw .malformedRequest }
            // The part runs from the end of the delimiter's line to the line end before the next.
            guard let lineEnd = body[afterDelimiter...].firstIndex(of: UInt8(ascii: "\n")) else { throw .malformedRequest }
            var end = starts[index + 1] - 1  // the "\n" before the next delimiter
            if end > lineEnd, body[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            guard end >= lineEnd + 1 else { throw .malformedRequest }
            try part(Array(body[(lineEnd + 1)..<end]), into: &parameters)
        }
        guard closed, first >= 0 else { throw .malformedRequest }
    }

    /// One part: its headers, a blank line, its content.
    private static func part(_ bytes: [UInt8], into parameters: inout FormParameters) throws(SandboxError) {
        var lines: [String] = []
        var position = 0
        var content: [UInt8]?
        while position <= bytes.count {
            let lineEnd = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var line = Array(bytes[position..<lineEnd])
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if line.isEmpty {
                content = lineEnd < bytes.count ? Array(bytes[(lineEnd + 1)...]) : []
                break
            }
            guard let text = String(validating: line, as: UTF8.self) else { throw .malformedRequest }
            lines.append(text)
            guard lineEnd < bytes.count else { break }
            position = lineEnd + 1
        }
        guard let content else { throw .malformedRequest }
        var name: String?
        var isFile = false
        for line in lines {
            // Split on the first colon as a scalar (a colon and a combining mark are one Character).
            guard let colon = line.unicodeScalars.firstIndex(of: ":") else { throw .malformedRequest }
            let headerName = String(line.unicodeScalars[..<colon]).trimmingCharacters(in: .whitespaces)
            guard headerName.lowercased() == "content-disposition" else { continue }
            let fields = try dispositionFields(String(line.unicodeScalars[line.unicodeScalars.index(after: colon)...]))
            guard fields.type == "form-data" else { throw .malformedRequest }
            name = fields.values["name"]
            isFile = fields.values["filename"] != nil
        }
        guard let name else { throw .malformedRequest }
        if isFile { return }
        guard let value = String(validating: content, as: UTF8.self) else { throw .malformedRequest }
        try parameters.add(name: name, value: value)
    }

    /// `form-data; name="user"; filename="a.txt"`: the type and the fields, quoted values
    /// unquoted (a backslash escapes the next character, as curl writes a quote in a name).
    /// Read scalar by scalar: a quote followed by a combining mark is still a quote.
    static func dispositionFields(_ text: String) throws(SandboxError) -> (type: String, values: [String: String]) {
        var scalars = Substring(text).unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
        func skipSpaces() { while let first = scalars.first, isSpace(first) { scalars.removeFirst() } }
        func token() -> String {
            skipSpaces()
            var token = String.UnicodeScalarView()
            while let first = scalars.first, first != ";", first != "=", !isSpace(first) { token.append(scalars.removeFirst()) }
            return String(token)
        }
        let type = token().lowercased()
        var values: [String: String] = [:]
        while true {
            skipSpaces()
            guard scalars.first == ";" else { break }
            scalars.removeFirst()
            let key = token().lowercased()
            skipSpaces()
            guard scalars.first == "=" else { throw .malformedRequest }
            scalars.removeFirst()
            skipSpaces()
            var value = String.UnicodeScalarView()
            if scalars.first == "\"" {
                scalars.removeFirst()
                var closed = false
                while let scalar = scalars.popFirst() {
                    if scalar == "\\", let next = scalars.popFirst() {
                        value.append(next)
                    } else if scalar == "\"" {
                        closed = true
                        break
                    } else {
                        value.append(scalar)
                    }
                }
                guard closed else { throw .malformedRequest }
            } else {
                value = token().unicodeScalars
            }
            guard !key.isEmpty else { throw .malformedRequest }
            values[key] = String(value)
        }
        skipSpaces()
        guard scalars.isEmpty, !type.isEmpty else { throw .malformedRequest }
        return (type, values)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count - start, let first = needle.first else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
