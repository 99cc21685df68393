/// A parsed JSON value. Numbers keep their literal text, so money is read as an exact
/// decimal and ids as exact integers, never through a binary float.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

/// An object's members in document order. A list of pairs, not a dictionary: API records
/// have a dozen members, where a linear search beats hashing, and decoding 100,000 of them
/// should not build 100,000 hash tables.
public struct JSONObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public var members: [(key: String, value: JSONValue)]

    public init(members: [(key: String, value: JSONValue)]) { self.members = members }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        members = elements.map { (key: $0.0, value: $0.1) }
    }

    /// The member's value; the last one wins when a name repeats (as in most parsers).
    public subscript(key: String) -> JSONValue? {
        members.last { $0.key == key }?.value
    }

    public var isEmpty: Bool { members.isEmpty }

    /// Equal when they have the same names with the same values, in any order.
    public static func == (left: JSONObject, right: JSONObject) -> Bool {
        let names = Set(left.members.map(\.key))
        return names == Set(right.members.map(\.key)) && names.allSatisfy { left[$0] == right[$0] }
    }
}

/// Why bytes are not a JSON document. `truncated` means a valid document was cut short —
/// what a dropped connection or a proxy limit leaves behind.
public enum JSONParseError: Error, Sendable, Equatable {
    case truncated
    case invalid(offset: Int, reason: String)
    case tooDeep
}
