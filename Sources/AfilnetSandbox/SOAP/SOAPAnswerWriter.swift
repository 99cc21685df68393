import AfilnetAPI
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Writes an outcome as the operation's response element, or a Fault, with libxml2's tree
/// and serialiser (docs/api.md, "SOAP"). Text XML 1.0 cannot carry is replaced
/// (`SOAPContract.xmlSafe`).
enum SOAPAnswerWriter {
    static func answer(_ outcome: APIOutcome, method: APIMethod) -> [UInt8] {
        let items = items(outcome)
        let whole = SOAPDocument.envelope {
            let response = XMLElement(name: "tns:" + SOAPContract.responseElement(method))
            switch outcome {
            case .failure(let error):
                response.addChild(SOAPDocument.element(SOAPContract.statusElement, APIEnvelope.failure))
                response.addChild(SOAPDocument.element(SOAPContract.errorElement, error.code))
            case .balance(let amount):
                response.addChild(SOAPDocument.element(SOAPContract.statusElement, APIEnvelope.success))
                response.addChild(SOAPDocument.element(SOAPContract.resultElement, amount))
            default:
                response.addChild(SOAPDocument.element(SOAPContract.statusElement, APIEnvelope.success))
                // A list's items go in between this empty result's tags (`list`).
                if items != nil { response.addChild(XMLElement(name: "tns:" + SOAPContract.resultElement)) }
            }
            return response
        }
        guard let items else { return whole }
        return list(items, into: whole)
    }

    /// A Fault: `soap:Client` for a request that is not a call (malformed, unknown operation).
    static func fault(_ reason: String, code: String = "soap:Client") -> [UInt8] {
        SOAPDocument.envelope {
            let fault = XMLElement(name: "soap:Fault")
            fault.addChild(XMLElement(name: "faultcode", stringValue: code))
            fault.addChild(XMLElement(name: "faultstring", stringValue: SOAPContract.xmlSafe(reason)))
            return fault
        }
    }

    /// A list answer: the envelope with an empty `result`, serialised, and each item
    /// serialised on its own between its halves. One tree of 100,000 items takes the library
    /// seconds to build; small trees, one per item, take a third of that, escaped the same way.
    private static func list(_ items: [XMLElement], into whole: [UInt8]) -> [UInt8] {
        let open = Array("<tns:\(SOAPContract.resultElement)>".utf8), close = Array("</tns:\(SOAPContract.resultElement)>".utf8)
        guard let split = whole.firstRange(of: open + close) else { return whole }
        var bytes = Array(whole[..<split.lowerBound])
        bytes.reserveCapacity(whole.count + items.count * 400)
        bytes += open
        for item in items { bytes += Array(item.xmlString.utf8) }
        bytes += close
        bytes += whole[split.upperBound...]
        return bytes
    }

    private static func items(_ outcome: APIOutcome) -> [XMLElement]? {
        switch outcome {
        case .addresses(let records):
            return records.map { record in
                item([
                    String(record.id), record.namelastname, flag(record.iscompany), record.companyname, record.documentid,
                    record.countrycode, String(record.cityid), record.cityname, record.zipcode, record.address,
                    flag(record.verified), flag(record.addressverified),
                ], fields: APIField.addressRecord)
            }
        case .channels(let records):
            return records.map { item([$0.type, $0.name, flag($0.active)], fields: APIField.channelRecord) }
        default:
            return nil
        }
    }

    private static func item(_ values: [String], fields: [APIField]) -> XMLElement {
        let item = XMLElement(name: "tns:" + SOAPContract.itemElement)
        for (field, value) in zip(fields, values) { item.addChild(SOAPDocument.element(field.rawValue, value)) }
        return item
    }

    private static func flag(_ value: Bool) -> String { value ? "1" : "0" }
}
