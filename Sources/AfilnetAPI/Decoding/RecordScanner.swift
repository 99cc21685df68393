/// Cuts the records of a list out of a JSON body while it arrives, so a large answer never
/// has to be held whole: each object element of an array at one of `recordDepths` (the
/// parser's depth of that array: 2 for `{"result":[…]}`, 3 for `{"result":{"list":[…]}}`) is
/// parsed on its own as soon as its closing brace arrives and offered to `take`.
///
/// What remains is `skeleton`: the body with each taken record replaced by one placeholder
/// byte, which the caller parses at the end (`JSONParser.parse(placeholders: true)`). Commas,
/// brackets and everything outside the records stay as they came, so a body that is broken
/// anywhere fails exactly as it would have parsed in one go; a record that does not parse
/// alone, or that `take` refuses, goes back into the skeleton byte for byte.
struct RecordScanner {
    let recordDepths: Set<Int>
    private var skeleton: [UInt8] = []
    /// The first bytes of the body as it came (for previews of what is not JSON).
    private(set) var head: [UInt8] = []
    static let headLimit = 256

    private var containers: [UInt8] = []
    private var inString = false, escaped = false
    private var record: [UInt8] = []
    private var recordDepth = 0
    private var recordInString = false, recordEscaped = false

    init(recordDepths: Set<Int>) { self.recordDepths = recordDepths }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    private static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    /// Written for a placeholder byte that came in the body outside a string: still invalid
    /// there, but no longer mistaken for a taken record.
    private static let invalid = UInt8(ascii: "#")

    mutating func feed(_ bytes: UnsafeRawBufferPointer, take: (JSONValue, Int) -> Bool) {
        if head.count < Self.headLimit { head.append(contentsOf: bytes.prefix(Self.headLimit - head.count)) }
        var index = 0
        while index < bytes.count {
            if recordDepth > 0 {
                index = feedRecord(bytes, from: index, take)
                continue
            }
            let byte = bytes[index]
            index += 1
            if inString {
                Self.stepInString(byte, &inString, &escaped)
                skeleton.append(byte)
                continue
            }
            switch byte {
            case Self.openBrace where containers.last == Self.openBracket && recordDepths.contains(containers.count):
                record.append(byte)
                recordDepth = 1
                recordInString = false
                recordEscaped = false
                continue
            case Self.quote: inString = true
            case Self.openBrace, Self.openBracket: containers.append(byte)
            case Self.closeBrace, Self.closeBracket: _ = containers.popLast()
            case JSONParser.placeholder:
                skeleton.append(Self.invalid)
                continue
            default: break
            }
            skeleton.append(byte)
        }
    }

    /// Inside a record: follows strings and nesting to the record's end or the chunk's, then
    /// copies that stretch in one go (records are most of a list's bytes).
    private mutating func feedRecord(_ bytes: UnsafeRawBufferPointer, from start: Int, _ take: (JSONValue, Int) -> Bool) -> Int {
        var inString = recordInString, escaped = recordEscaped, depth = recordDepth
        var index = start
        defer { (recordInString, recordEscaped) = (inString, escaped) }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                Self.stepInString(byte, &inString, &escaped)
            } else if byte == Self.quote {
                inString = true
            } else if byte == Self.openBrace || byte == Self.openBracket {
                depth += 1
            } else if byte == Self.closeBrace || byte == Self.closeBracket {
                depth -= 1
                if depth == 0 {
                    record.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                    recordDepth = 0
                    finishRecord(take)
                    return index
                }
            }
        }
        record.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        recordDepth = depth
        return index
    }

    /// One byte inside a JSON string: an escape takes the next byte, a quote ends it.
    @inline(__always)
    private static func stepInString(_ byte: UInt8, _ inString: inout Bool, _ escaped: inout Bool) {
        if escaped {
            escaped = false
        } else if byte == backslash {
            escaped = true
        } else if byte == quote {
            inString = false
        }
    }

    /// A complete record: parsed alone, at its depth in the document, then taken or put back.
    private mutating func finishRecord(_ take: (JSONValue, Int) -> Bool) {
        if let value = try? JSONParser.parse(record, depth: containers.count), take(value, containers.count) {
            skeleton.append(JSONParser.placeholder)
        } else {
            skeleton.append(contentsOf: record)
        }
        record.removeAll(keepingCapacity: true)
    }

    /// The skeleton; a record cut short by the end of the body goes back in, for the parser
    /// to find it truncated.
    mutating func finish() -> [UInt8] {
        if recordDepth > 0 { skeleton.append(contentsOf: record) }
        record = []
        recordDepth = 0
        return skeleton
    }
}
