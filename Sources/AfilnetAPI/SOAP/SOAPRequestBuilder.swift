import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Builds a request envelope (`SOAPContract`) with libxml2's tree and serialiser, so every
/// name and value is escaped by the library, never by string concatenation.
enum SOAPRequestBuilder {
    /// `credentials` nil: the caller proves itself in a header (Bearer or Basic).
    static func envelope(method: String, credentials: Credentials?, parameters: [(String, String)]) -> [UInt8] {
        let signIn = credentials.map { [(APIField.user.rawValue, $0.user), (APIField.password.rawValue, $0.password)] } ?? []
        return SOAPDocument.envelope {
            let operation = XMLElement(name: "tns:" + method)
            for (name, value) in signIn + parameters { operation.addChild(SOAPDocument.element(name, value)) }
            return operation
        }
    }
}

/// A SOAP 1.1 envelope around one body element, serialised as UTF-8 (client and sandbox).
public enum SOAPDocument {
    /// `content` makes the body's element. Every node is made and released while the document
    /// lives: Foundation's XML wrappers freed after their document crash in libxml2.
    public static func envelope(_ content: () -> XMLElement) -> [UInt8] {
        let document = XMLDocument()
        return withExtendedLifetime(document) {
            let envelope = XMLElement(name: "soap:Envelope")
            envelope.addNamespace(XMLNode.namespace(withName: "soap", stringValue: SOAPContract.envelopeNamespace) as! XMLNode)
            envelope.addNamespace(XMLNode.namespace(withName: "tns", stringValue: SOAPContract.namespace) as! XMLNode)
            let body = XMLElement(name: "soap:Body")
            envelope.addChild(body)
            body.addChild(content())
            document.setRootElement(envelope)
            document.characterEncoding = "UTF-8"
            document.version = "1.0"
            return Array(document.xmlData(options: []))
        }
    }

    /// `<tns:name>value</tns:name>`, the value made fit for XML 1.0 (`SOAPContract.xmlSafe`).
    public static func element(_ name: String, _ value: String) -> XMLElement {
        XMLElement(name: "tns:" + name, stringValue: SOAPContract.xmlSafe(value))
    }
}
