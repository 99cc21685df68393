@testable import AfilnetAPI
import Foundation
import PropertySupport
import Testing
@testable import AfilnetSandbox

/// Generated text through the SOAP path both ways: what XML 1.0 can carry arrives unchanged,
/// what it cannot (C0 controls but TAB, LF, CR; U+FFFE, U+FFFF) arrives as U+FFFD, and nothing
/// else is lost, added or reordered (docs/api.md, "SOAP", "Text").
@Suite("Property: SOAP carries any text as documented, both ways")
struct SOAPPropertyTests {
    @Test func aRequestEnvelopeReadsBackAsTheCallThatWasBuilt() {
        Property.check("SOAP request round trip") { generator in
            let method = generator.pick(APIMethod.allCases).rawValue
            let credentials = Credentials(user: HostileText.string(&generator), password: HostileText.string(&generator))
            var names = Set<String>()
            var parameters: [(String, String)] = []
            for _ in 0..<generator.int(0...9) {
                let name = generator.pick(APIField.allCases.filter { ![.user, .password, .method, .apiClass].contains($0) }).rawValue
                guard names.insert(name).inserted else { continue }
                parameters.append((name, HostileText.string(&generator, pieces: 0...20)))
            }
            let withCredentials = generator.chance(0.8)
            let body = SOAPRequestBuilder.envelope(method: method, credentials: withCredentials ? credentials : nil, parameters: parameters)
            let reader = SOAPRequestReader()
            if let refusal = SafeXMLParser.parse(body, handler: reader) { return "refused: \(refusal)" }
            let read = reader.parameters
            if read[.method] != method { return "method \(read[.method] ?? "none") for \(method)" }
            var expected = Dictionary(uniqueKeysWithValues: parameters.map { ($0.0, SOAPContract.xmlSafe($0.1)) })
            if withCredentials {
                expected[APIField.user.rawValue] = SOAPContract.xmlSafe(credentials.user)
                expected[APIField.password.rawValue] = SOAPContract.xmlSafe(credentials.password)
            }
            for (name, value) in expected where read[name] != value {
                return "\(name): \(String(reflecting: read[name])) for \(String(reflecting: value))"
            }
            return reader.values.count == expected.count ? nil : "\(reader.values.count) values for \(expected.count)"
        }
    }

    @Test func anAddressListAnswerDecodesToTheRecordsThatWereWritten() throws {
        Property.check("SOAP answer round trip", cases: 200) { generator in
            let records = (0..<generator.int(0...12)).map { index in
                AddressRecord(
                    id: Int64(1000 + index), namelastname: HostileText.string(&generator), iscompany: generator.chance(0.5),
                    companyname: HostileText.string(&generator), documentid: HostileText.string(&generator, pieces: 0...3),
                    countrycode: generator.pick(["EE", "ee", "JP", ""]), cityid: Int64(generator.int(0...99_999)),
                    cityname: HostileText.string(&generator), zipcode: HostileText.string(&generator, pieces: 0...2),
                    address: HostileText.string(&generator, pieces: 0...20), verified: generator.chance(0.5),
                    addressverified: generator.chance(0.5))
            }
            let body = SOAPAnswerWriter.answer(.addresses(records), method: .getaddresses)
            let decoded: [Address]
            do {
                decoded = try ResponseDecoder.addresses(soap: body)
            } catch {
                return "not decoded: \(error)"
            }
            if decoded.count != records.count { return "\(decoded.count) addresses for \(records.count)" }
            for (record, address) in zip(records, decoded) {
                let pairs: [(String, String, String)] = [
                    ("namelastname", record.namelastname, address.contactName), ("companyname", record.companyname, address.companyName),
                    ("documentid", record.documentid, address.documentID), ("cityname", record.cityname, address.cityName),
                    ("zipcode", record.zipcode, address.zipCode), ("address", record.address, address.street),
                ]
                for (name, written, read) in pairs where SOAPContract.xmlSafe(written) != read {
                    return "\(name) of \(record.id): \(String(reflecting: read)) for \(String(reflecting: written))"
                }
                if address.id != record.id || address.cityID != record.cityid || address.isCompany != record.iscompany
                    || address.verified != record.verified || address.addressVerified != record.addressverified
                    || address.countryCode != record.countrycode.uppercased() {
                    return "numbers or flags of \(record.id) changed: \(address)"
                }
            }
            return nil
        }
    }
}
