import Foundation

/// The tolerant readings docs/api.md asks for: numbers and flags may arrive as JSON numbers,
/// numeric strings or booleans (`1`, `"1"`, `true`).
extension JSONValue {
    var text: String? {
        switch self {
        case .string(let text): text
        case .number(let literal): literal
        case .bool(let flag): flag ? "1" : "0"
        default: nil
        }
    }

    var integer: Int64? {
        switch self {
        case .number(let literal): Int64(literal) ?? Decimal(string: literal).flatMap(Self.wholeNumber)
        case .string(let text): Int64(text) ?? Int64(text.trimmingCharacters(in: .whitespaces))
        case .bool(let flag): flag ? 1 : 0
        default: nil
        }
    }

    var flag: Bool? {
        switch self {
        case .bool(let flag): return flag
        case .number("1"), .string("1"): return true
        case .number("0"), .string("0"): return false
        case .number, .string:
            guard let text = text?.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
            if ["1", "true", "yes", "on"].contains(text) { return true }
            if ["0", "false", "no", "off", ""].contains(text) { return false }
            return integer.map { $0 != 0 }
        default: return nil
        }
    }

    /// An exact decimal from a number literal or a numeric string (`"152.34"`, `"1,5"` is not).
    /// No locale: the separator is then always "." and ICU is not started for it (half a
    /// millisecond of a one-shot `balance`).
    var decimal: Decimal? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
            text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Decimal(string: text), !value.isNaN
        else { return nil }
        return value
    }

    private static func wholeNumber(_ value: Decimal) -> Int64? {
        var value = value, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == value ? Int64(exactly: NSDecimalNumber(decimal: rounded).int64Value) : nil
    }
}
