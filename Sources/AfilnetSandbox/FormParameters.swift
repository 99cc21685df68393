import AfilnetAPI
/// The parameters of one API call, decoded from a query string and/or a form body.
///
/// Bounded on purpose: a request is refused (never crashes the server) when it holds more
/// than `maxCount` parameters or a name or value longer than `maxValueBytes`.
public struct FormParameters: Sendable, Equatable {
    public static let maxCount = 64
    public static let maxValueBytes = 4096

    private(set) var values: [String: String] = [:]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public subscript(name: String) -> String? { values[name] }
    public subscript(field: APIField) -> String? { values[field.rawValue] }

    /// Parameter names and values, sorted by name (for logs).
    public var sorted: [(name: String, value: String)] {
        values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Adds the pairs of an `application/x-www-form-urlencoded` string; later pairs win, so
    /// a body parsed after the query string overrides it (PHP's `$_REQUEST` order).
    public mutating func merge(urlEncoded text: Substring) throws(SandboxError) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            try add(name: name, value: value)
        }
    }

    /// Adds one parameter (a later one of the same name wins), within the limits; a pair
    /// with no name is skipped, as PHP skips it.
    mutating func add(name: String, value: String) throws(SandboxError) {
        guard !name.isEmpty else { return }
        guard name.utf8.count <= Self.maxValueBytes, value.utf8.count <= Self.maxValueBytes else { throw .requestTooLarge }
        values[name] = value
        guard values.count <= Self.maxCount else { throw .requestTooLarge }
    }

    /// Percent-decodes one component, `+` meaning space; invalid escapes or bytes that are
    /// not UTF-8 make the request malformed rather than being guessed at.
    static func decode(_ text: Substring) throws(SandboxError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue),
                    let low = iterator.next().flatMap(hexValue)
                else { throw .malformedRequest }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        guard let string = String(validating: bytes, as: UTF8.self) else { throw .malformedRequest }
        return string
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
