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
    private(set) var skeleton: [UInt8] = []
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
        for byte in bytes {
            if recordDepth > 0 {
                record.append(byte)
                if recordInString {
                    if recordEscaped {
                        recordEscaped = false
                    } else if byte == Self.backslash {
                        recordEscaped = true
                    } else if byte == Self.quote {
                        recordInString = false
                    }
                } else if byte == Self.quote {
                    recordInString = true
                } else if byte == Self.openBrace || byte == Self.openBracket {
                    recordDepth += 1
                } else if byte == Self.closeBrace || byte == Self.closeBracket {
                    recordDepth -= 1
                    if recordDepth == 0 { finishRecord(take) }
                }
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == Self.backslash {
                    escaped = true
                } else if byte == Self.quote {
                    inString = false
                }
                skeleton.append(byte)
                continue
            }
            switch byte {
            case Self.openBrace where containers.last == Self.openBracket && recordDepths.contains(containers.count):
                record = [byte]
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

    /// A complete record: parsed alone, at its depth in the document, then taken or put back.
    private mutating func finishRecord(_ take: (JSONValue, Int) -> Bool) {
        if let value = try? JSONParser.parse(record, depth: containers.count), take(value, containers.count) {
            skeleton.append(JSONParser.placeholder)
        } else {
            skeleton.append(contentsOf: record)
        }
        record = []
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
