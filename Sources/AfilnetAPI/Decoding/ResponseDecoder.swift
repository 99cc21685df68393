import Foundation
import TerminalText

/// Turns a response body into a result, tolerating every shape docs/api.md allows: status in any
/// case; lists as the array or `{"list":[…]}`; numbers and flags as numbers, strings or
/// booleans; the balance as a number, a numeric string or an object holding one.
public enum ResponseDecoder {
    /// The `result` of a SUCCESS envelope, or the API error / protocol failure.
    public static func result(of body: [UInt8], sink: ((JSONValue, Int) -> Bool)? = nil) throws(AfilnetError) -> JSONValue {
        try result(of: body, head: body, placeholders: false, sink: sink)
    }

    /// `body` may be a `RecordScanner`'s skeleton (`placeholders`); `head` is the start of
    /// the body as it came, for telling JSON from a proxy's page.
    static func result(
        of body: [UInt8], head: [UInt8], placeholders: Bool, sink: ((JSONValue, Int) -> Bool)?
    ) throws(AfilnetError) -> JSONValue {
        let document: JSONValue
        do {
            document = try JSONParser.parse(body, placeholders: placeholders, sink: sink)
        } catch .truncated {
            throw .truncated
        } catch {
            throw head.first.map({ $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) == true
                ? .protocolViolation(.invalidJSON) : .notJSON(preview: preview(head))
        }
        guard case .object = document else { throw .protocolViolation(.notAnObject) }
        guard let status = document[APIEnvelope.status]?.text else { throw .protocolViolation(.noStatus) }
        switch status.lowercased() {
        case APIEnvelope.success.lowercased():
            return document[APIEnvelope.result] ?? .null
        case APIEnvelope.failure.lowercased():
            guard let code = document[APIEnvelope.error]?.text, !code.isEmpty else {
                throw .protocolViolation(.errorWithoutCode)
            }
            throw .api(APIErrorCode(code: code))
        default:
            throw .protocolViolation(.unknownStatus(TerminalSafeText.sanitize(String(status.prefix(40)))))
        }
    }

    public static func balance(_ body: [UInt8]) throws(AfilnetError) -> Balance {
        var value = try result(of: body)
        if case .object(let members) = value {
            guard let inner = APIEnvelope.balanceMembers.lazy.compactMap({ members[$0] }).first else {
                throw .protocolViolation(.balanceObjectWithoutBalance)
            }
            value = inner
        }
        guard let text = value.text, let amount = value.decimal else {
            throw .protocolViolation(.balanceNotANumber)
        }
        return Balance(amount: amount, text: text.trimmingCharacters(in: .whitespaces))
    }

    /// The address list, decoded in one go (see `AddressListReader` for the way it arrives).
    public static func addresses(_ body: [UInt8]) throws(AfilnetError) -> [Address] {
        let reader = AddressListReader()
        body.withUnsafeBytes { reader.take($0) }
        return try reader.finish()
    }

    /// The same, from a body held whole, with the parser's sink: the reference the reader is
    /// checked against (tests and the fuzzer feed both the same bytes, chunked at random).
    static func addressesInOneGo(_ body: [UInt8]) throws(AfilnetError) -> [Address] {
        var addresses: [Address] = []
        var failure: AfilnetError?
        let remaining = try list(of: try result(of: body) { element, depth in
            guard depth == 2 || depth == 3, case .object = element, failure == nil else { return false }
            do throws(AfilnetError) {
                addresses.append(try address(element, position: addresses.count))
            } catch {
                failure = error
            }
            return true
        })
        if let failure { throw failure }
        for record in remaining { addresses.append(try address(record, position: addresses.count)) }
        return addresses
    }

    static func address(_ record: JSONValue, position: Int) throws(AfilnetError) -> Address {
        guard case .object = record, let id = record[APIField.id.rawValue]?.integer else {
            throw .protocolViolation(.addressWithoutID(position + 1))
        }
        return Address(
            id: id, contactName: record[APIField.namelastname.rawValue]?.text ?? "",
            isCompany: record[APIField.iscompany.rawValue]?.flag ?? false, companyName: record[APIField.companyname.rawValue]?.text ?? "",
            documentID: record[APIField.documentid.rawValue]?.text ?? "",
            countryCode: Self.upper(record[APIField.countrycode.rawValue]?.text ?? ""),
            cityID: record[APIField.cityid.rawValue]?.integer ?? 0, cityName: record[APIField.cityname.rawValue]?.text ?? "",
            zipCode: record[APIField.zipcode.rawValue]?.text ?? "", street: record[APIField.address.rawValue]?.text ?? "",
            verified: record[APIField.verified.rawValue]?.flag ?? false,
            addressVerified: record[APIField.addressverified.rawValue]?.flag ?? false)
    }

    public static func channels(_ body: [UInt8]) throws(AfilnetError) -> [Channel] {
        var channels: [Channel] = []
        for (position, record) in try list(of: try result(of: body)).enumerated() {
            guard case .object = record, let name = record[APIField.channelname.rawValue]?.text, !name.isEmpty else {
                throw .protocolViolation(.channelWithoutName(position + 1))
            }
            channels.append(Channel(
                type: record[APIField.channeltype.rawValue]?.text ?? "", name: name, isActive: record[APIField.active.rawValue]?.flag ?? false))
        }
        return channels
    }

    /// A write's result carries nothing; only the envelope is checked.
    public static func acknowledgement(_ body: [UInt8]) throws(AfilnetError) {
        _ = try result(of: body)
    }

    /// Country codes arrive upper case; only uppercase when they do not (saves 100,000 copies).
    private static func upper(_ code: String) -> String {
        code.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } ? code.uppercased() : code
    }

    /// `[…]`, `{"list":[…]}`, or an empty result (no records at all).
    static func list(of result: JSONValue) throws(AfilnetError) -> [JSONValue] {
        switch result {
        case .array(let elements): return elements
        case .object(let members):
            if let inner = members[APIEnvelope.list] {
                if case .array(let elements) = inner { return elements }
                if inner == .null { return [] }
            } else if members.isEmpty {
                return []
            }
            throw .protocolViolation(.listShape)
        case .null: return []
        default: throw .protocolViolation(.notAList)
        }
    }

    /// The start of a body, safe to show: sanitised, one line, at most 80 characters.
    static func preview(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        return TerminalSafeText.sanitize(String(text.prefix(80)))
    }
}
