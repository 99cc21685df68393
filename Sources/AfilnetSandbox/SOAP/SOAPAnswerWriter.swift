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
        let response = XMLElement(name: "tns:" + SOAPContract.responseElement(method))
        switch outcome {
        case .failure(let error):
            response.addChild(element(SOAPContract.statusElement, "ERROR"))
            response.addChild(element(SOAPContract.errorElement, error.code))
        default:
            response.addChild(element(SOAPContract.statusElement, "SUCCESS"))
            if let result = result(outcome) { response.addChild(result) }
        }
        return SOAPDocument.envelope(body: response)
    }

    /// A Fault: `soap:Client` for a request that is not a call (malformed, unknown operation).
    static func fault(_ reason: String, code: String = "soap:Client") -> [UInt8] {
        let fault = XMLElement(name: "soap:Fault")
        fault.addChild(XMLElement(name: "faultcode", stringValue: code))
        fault.addChild(XMLElement(name: "faultstring", stringValue: SOAPContract.xmlSafe(reason)))
        return SOAPDocument.envelope(body: fault)
    }

    private static func result(_ outcome: APIOutcome) -> XMLElement? {
        switch outcome {
        case .balance(let amount):
            return element(SOAPContract.resultElement, amount)
        case .addresses(let records):
            let result = XMLElement(name: "tns:" + SOAPContract.resultElement)
            for record in records {
                result.addChild(item([
                    String(record.id), record.namelastname, flag(record.iscompany), record.companyname, record.documentid,
                    record.countrycode, String(record.cityid), record.cityname, record.zipcode, record.address,
                    flag(record.verified), flag(record.addressverified),
                ], fields: APIField.addressRecord))
            }
            return result
        case .channels(let records):
            let result = XMLElement(name: "tns:" + SOAPContract.resultElement)
            for record in records {
                result.addChild(item([record.type, record.name, flag(record.active)], fields: APIField.channelRecord))
            }
            return result
        case .done, .failure, .token:
            return nil
        }
    }

    private static func item(_ values: [String], fields: [APIField]) -> XMLElement {
        let item = XMLElement(name: "tns:" + SOAPContract.itemElement)
        for (field, value) in zip(fields, values) { item.addChild(element(field.rawValue, value)) }
        return item
    }

    private static func element(_ name: String, _ value: String) -> XMLElement {
        XMLElement(name: "tns:" + name, stringValue: SOAPContract.xmlSafe(value))
    }

    private static func flag(_ value: Bool) -> String { value ? "1" : "0" }
}
