import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Builds a request envelope (`SOAPContract`) with libxml2's tree and serialiser, so every
/// name and value is escaped by the library, never by string concatenation.
enum SOAPRequestBuilder {
    /// `credentials` nil: the caller proves itself in a header (Bearer or Basic).
    static func envelope(method: String, credentials: Credentials?, parameters: [(String, String)]) -> [UInt8] {
        let operation = XMLElement(name: "tns:" + method)
        if let credentials {
            operation.addChild(element(.user, credentials.user))
            operation.addChild(element(.password, credentials.password))
        }
        for (name, value) in parameters { operation.addChild(XMLElement(name: "tns:" + name, stringValue: SOAPContract.xmlSafe(value))) }
        return SOAPDocument.envelope(body: operation)
    }

    private static func element(_ field: APIField, _ value: String) -> XMLElement {
        XMLElement(name: "tns:" + field.rawValue, stringValue: SOAPContract.xmlSafe(value))
    }
}

/// A SOAP 1.1 envelope around one body element, serialised as UTF-8 (client and sandbox).
public enum SOAPDocument {
    public static func envelope(body content: XMLElement) -> [UInt8] {
        let envelope = XMLElement(name: "soap:Envelope")
        envelope.addNamespace(XMLNode.namespace(withName: "soap", stringValue: SOAPContract.envelopeNamespace) as! XMLNode)
        envelope.addNamespace(XMLNode.namespace(withName: "tns", stringValue: SOAPContract.namespace) as! XMLNode)
        let body = XMLElement(name: "soap:Body")
        body.addChild(content)
        envelope.addChild(body)
        let document = XMLDocument(rootElement: envelope)
        document.characterEncoding = "UTF-8"
        document.version = "1.0"
        return Array(document.xmlData(options: []))
    }
}
