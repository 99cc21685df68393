/// A parsed JSON value. Numbers keep their literal text, so money is read as an exact
/// decimal and ids as exact integers, never through a binary float.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

/// Why bytes are not a JSON document. `truncated` means a valid document was cut short —
/// what a dropped connection or a proxy limit leaves behind.
public enum JSONParseError: Error, Sendable, Equatable {
    case truncated
    case invalid(offset: Int, reason: String)
    case tooDeep
}
