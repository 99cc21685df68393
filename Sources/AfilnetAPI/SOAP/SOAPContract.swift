/// The SOAP 1.1 shape of the API (docs/api.md, "SOAP"): the sandbox's, defined by this
/// project because the provider's page gives no wire detail. Document/literal, one operation
/// per method, named like the method; the answer mirrors the JSON envelope element by element.
///
///     <soap:Body><tns:getbalance><tns:user>…</tns:user><tns:password>…</tns:password></tns:getbalance>
///     <soap:Body><tns:getbalanceResponse><tns:status>SUCCESS</tns:status><tns:result>152.34</tns:result>…
///     lists: <tns:result><tns:item><tns:id>1000</tns:id>…</tns:item>…</tns:result>
///     errors: <tns:status>ERROR</tns:status><tns:error>MISSING_USER</tns:error>
public enum SOAPContract {
    public static let envelopeNamespace = "http://schemas.xmlsoap.org/soap/envelope/"
    public static let namespace = "urn:afilnet:user-api"
    public static let schemaNamespace = "http://www.w3.org/2001/XMLSchema"
    public static let wsdlNamespace = "http://schemas.xmlsoap.org/wsdl/"
    public static let wsdlSOAPNamespace = "http://schemas.xmlsoap.org/wsdl/soap/"
    /// Path beside `/api/http/`.
    public static let path = "/api/soap/"
    public static let contentType = "text/xml; charset=utf-8"

    public static let statusElement = APIEnvelope.status
    public static let errorElement = APIEnvelope.error
    public static let resultElement = APIEnvelope.result
    public static let itemElement = "item"

    public static func responseElement(_ method: APIMethod) -> String { method.rawValue + "Response" }
    public static func action(_ method: APIMethod) -> String { namespace + "#" + method.rawValue }

    /// The request elements of a method after `user` and `password` (which a token replaces).
    public static func parameters(of method: APIMethod) -> [APIField] {
        switch method {
        case .getbalance, .getaddresses, .getchannels: []
        case .addaddress: APIField.newAddress
        case .deleteaddress: [.idaddress]
        case .modifychannel: [.channelname, .active]
        }
    }

    /// The record members a list answer's items carry; nil for answers without a list.
    public static func record(of method: APIMethod) -> [APIField]? {
        switch method {
        case .getaddresses: APIField.addressRecord
        case .getchannels: APIField.channelRecord
        default: nil
        }
    }

    /// XML 1.0 cannot carry C0 control characters other than TAB, LF and CR, not even as
    /// character references; each becomes U+FFFD (docs/api.md, "SOAP", "Text").
    public static func xmlSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE
            || scalar.value == 0xFFFF
    }
}
