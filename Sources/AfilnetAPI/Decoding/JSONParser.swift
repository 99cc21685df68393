/// A strict, bounded JSON parser (RFC 8259) over bytes.
///
/// Hand-written rather than JSONSerialization: it keeps number literals exact, tells a
/// truncated document from garbage, bounds nesting (no stack overflow on hostile input) and
/// decodes a 100,000-address list well inside the client's time budget.
public struct JSONParser {
    public static let maxDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// Offered every array element with the array's depth (1 = a top-level array); an element
    /// it takes (returns true) is not kept in the tree. Lets a 100,000-record list be turned
    /// into records one at a time instead of building the whole tree first.
    private var sink: ((JSONValue, Int) -> Bool)?

    /// Stands for an array element taken out of the text before parsing (never valid JSON, and
    /// `RecordScanner` neutralises any such byte of the body itself).
    static let placeholder: UInt8 = 0xFF
    private var placeholders = false

    /// `depth` is how deep in a larger document these bytes sit (a record cut out of a list),
    /// so the nesting bound is the whole document's; `placeholders` lets array elements be
    /// `placeholder` bytes (a `RecordScanner`'s skeleton).
    public static func parse(
        _ bytes: [UInt8], depth: Int = 0, placeholders: Bool = false, sink: ((JSONValue, Int) -> Bool)? = nil
    ) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.depth = depth
        parser.placeholders = placeholders
        parser.sink = sink
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.invalid("unexpected data after the document") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw .truncated }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw invalid("unexpected character")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(12)
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(JSONObject(members: members))
        }
        while true {
            skipWhitespace()
            guard try peek() == UInt8(ascii: "\"") else { throw invalid("expected a member name") }
            let key = try parseString()
            skipWhitespace()
            guard try peek() == UInt8(ascii: ":") else { throw invalid("expected ':'") }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "}") { break }
            guard next == UInt8(ascii: ",") else { throw invalid("expected ',' or '}'") }
        }
        depth -= 1
        return .object(JSONObject(members: members))
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if placeholders, index < bytes.count, bytes[index] == Self.placeholder {
                // A record a `RecordScanner` already took: an element, not kept.
                index += 1
            } else {
                let element = try parseValue()
                if sink?(element, depth) != true { elements.append(element) }
            }
            skipWhitespace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "]") { break }
            guard next == UInt8(ascii: ",") else { throw invalid("expected ',' or ']'") }
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1  // opening quote
        let start = index
        // Fast path: no escapes, validated once as UTF-8.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try utf8(bytes[start..<index])
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw invalid("control character in a string") }
            index += 1
        }
        guard index < bytes.count else { throw .truncated }
        var buffer = Array(bytes[start..<index])
        while true {
            guard index < bytes.count else { throw .truncated }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return try utf8(buffer[...])
            case UInt8(ascii: "\\"): try appendEscape(to: &buffer)
            case 0..<0x20: throw invalid("control character in a string")
            default: buffer.append(byte)
            }
        }
    }

    private mutating func appendEscape(to buffer: inout [UInt8]) throws(JSONParseError) {
        guard index < bytes.count else { throw .truncated }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by `\u` and a low one.
                guard index + 1 < bytes.count else { throw .truncated }
                guard bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw invalid("lone surrogate")
                }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw invalid("lone surrogate") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw invalid("lone surrogate")
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw invalid("invalid code point") }
            buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
        default: throw invalid("invalid escape")
        }
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw .truncated }
            let byte = bytes[index]
            index += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw invalid("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func parseNumber() throws(JSONParseError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw .truncated }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            guard try digits() > 0 else { throw invalid("expected a digit") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard try digits() > 0 else { throw index == bytes.count ? .truncated : invalid("expected a digit") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard try digits() > 0 else { throw index == bytes.count ? .truncated : invalid("expected a digit") }
        }
        // A number that ends the input may have been cut: only a complete document proves it.
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func digits() throws(JSONParseError) -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard index < bytes.count else { throw .truncated }
            guard bytes[index] == byte else { throw invalid("invalid literal") }
            index += 1
        }
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        guard depth <= Self.maxDepth else { throw .tooDeep }
    }

    private func peek() throws(JSONParseError) -> UInt8 {
        guard index < bytes.count else { throw .truncated }
        return bytes[index]
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// `String(validating:)` is generic and looks up type metadata on every call (a quarter
    /// of a large list's decoding time); ASCII needs no check, and otherwise a decoded string
    /// whose bytes differ from the input had invalid UTF-8 repaired.
    private func utf8(_ slice: ArraySlice<UInt8>) throws(JSONParseError) -> String {
        let valid = slice.withUnsafeBufferPointer { buffer -> String? in
            let text = String(decoding: buffer, as: UTF8.self)
            if !buffer.contains(where: { $0 >= 0x80 }) { return text }
            return text.utf8.elementsEqual(buffer) ? text : nil
        }
        // Invalid UTF-8 at the very end can be a multi-byte character cut in two.
        guard let valid else { throw invalid("invalid UTF-8 in a string") }
        return valid
    }

    private func invalid(_ reason: String) -> JSONParseError { .invalid(offset: index, reason: reason) }
}
