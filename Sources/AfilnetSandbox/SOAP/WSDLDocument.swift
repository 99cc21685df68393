import AfilnetAPI
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The sandbox's WSDL 1.1 (`GET /api/soap/?wsdl`): one document/literal operation per method,
/// made from the same vocabulary the server and the client use (`SOAPContract`, `APIField`).
enum WSDLDocument {
    static func make(location: String) -> [UInt8] {
        // Every node is made and released while the document lives (see `SOAPDocument`).
        let document = XMLDocument()
        return withExtendedLifetime(document) { build(location: location, into: document) }
    }

    private static func build(location: String, into document: XMLDocument) -> [UInt8] {
        let definitions = element("definitions", ["name": "AfilnetUserAPI", "targetNamespace": SOAPContract.namespace])
        for (prefix, uri) in [
            ("", SOAPContract.wsdlNamespace), ("soap", SOAPContract.wsdlSOAPNamespace), ("tns", SOAPContract.namespace),
            ("xsd", SOAPContract.schemaNamespace),
        ] {
            definitions.addNamespace(XMLNode.namespace(withName: prefix, stringValue: uri) as! XMLNode)
        }
        definitions.addChild(types())
        let portType = element("portType", ["name": "UserPortType"])
        let binding = element("binding", ["name": "UserBinding", "type": "tns:UserPortType"])
        binding.addChild(element("soap:binding", ["style": "document", "transport": "http://schemas.xmlsoap.org/soap/http"]))
        for method in APIMethod.allCases {
            let name = method.rawValue
            for (message, part) in [(name + "Request", name), (name + "Response", SOAPContract.responseElement(method))] {
                let node = element("message", ["name": message])
                node.addChild(element("part", ["name": "parameters", "element": "tns:" + part]))
                definitions.addChild(node)
            }
            let operation = element("operation", ["name": name])
            operation.addChild(element("input", ["message": "tns:\(name)Request"]))
            operation.addChild(element("output", ["message": "tns:\(name)Response"]))
            portType.addChild(operation)
            let bound = element("operation", ["name": name])
            bound.addChild(element("soap:operation", ["soapAction": SOAPContract.action(method), "style": "document"]))
            for direction in ["input", "output"] {
                let node = element(direction, [:])
                node.addChild(element("soap:body", ["use": "literal"]))
                bound.addChild(node)
            }
            binding.addChild(bound)
        }
        definitions.addChild(portType)
        definitions.addChild(binding)
        let service = element("service", ["name": "UserService"])
        let port = element("port", ["name": "UserPort", "binding": "tns:UserBinding"])
        port.addChild(element("soap:address", ["location": location]))
        service.addChild(port)
        definitions.addChild(service)
        document.setRootElement(definitions)
        document.characterEncoding = "UTF-8"
        document.version = "1.0"
        return Array(document.xmlData(options: [.nodePrettyPrint]))
    }

    /// The schema: a request and a response element per operation, and the two record types.
    private static func types() -> XMLElement {
        let schema = element("xsd:schema", ["targetNamespace": SOAPContract.namespace, "elementFormDefault": "qualified"])
        schema.addChild(record("Address", APIField.addressRecord))
        schema.addChild(record("Channel", APIField.channelRecord))
        for (name, type) in [("AddressList", "tns:Address"), ("ChannelList", "tns:Channel")] {
            schema.addChild(complex(name, [
                element("xsd:element", ["name": SOAPContract.itemElement, "type": type, "minOccurs": "0", "maxOccurs": "unbounded"]),
            ]))
        }
        for method in APIMethod.allCases {
            // user and password are optional: a Bearer or Basic header may stand in for them.
            let inputs = [APIField.user, .password].map { field(field: $0, optional: true) }
                + SOAPContract.parameters(of: method).map { field(field: $0, optional: false) }
            schema.addChild(elementWithType(method.rawValue, inputs))
            var outputs = [
                element("xsd:element", ["name": SOAPContract.statusElement, "type": "xsd:string"]),
                element("xsd:element", ["name": SOAPContract.errorElement, "type": "xsd:string", "minOccurs": "0"]),
            ]
            let resultType = switch method {
            case .getaddresses: "tns:AddressList"
            case .getchannels: "tns:ChannelList"
            default: "xsd:string"
            }
            outputs.append(element("xsd:element", ["name": SOAPContract.resultElement, "type": resultType, "minOccurs": "0"]))
            schema.addChild(elementWithType(SOAPContract.responseElement(method), outputs))
        }
        let types = element("types", [:])
        types.addChild(schema)
        return types
    }

    private static func record(_ name: String, _ fields: [APIField]) -> XMLElement {
        complex(name, fields.map { element("xsd:element", ["name": $0.rawValue, "type": recordType($0)]) })
    }

    /// Record members are typed as the JSON answers carry them (numbers and 0/1 flags).
    private static func recordType(_ field: APIField) -> String {
        switch field {
        case .id, .cityid: "xsd:long"
        case .iscompany, .verified, .addressverified, .active: "xsd:int"
        default: "xsd:string"
        }
    }

    /// Request members are strings, as the HTTP API's parameters are: the server checks them.
    private static func field(field: APIField, optional: Bool) -> XMLElement {
        var attributes = ["name": field.rawValue, "type": "xsd:string"]
        if optional { attributes["minOccurs"] = "0" }
        return element("xsd:element", attributes)
    }

    private static func complex(_ name: String, _ members: [XMLElement]) -> XMLElement {
        let type = element("xsd:complexType", ["name": name])
        let sequence = element("xsd:sequence", [:])
        members.forEach(sequence.addChild)
        type.addChild(sequence)
        return type
    }

    private static func elementWithType(_ name: String, _ members: [XMLElement]) -> XMLElement {
        let node = element("xsd:element", ["name": name])
        let type = element("xsd:complexType", [:])
        let sequence = element("xsd:sequence", [:])
        members.forEach(sequence.addChild)
        type.addChild(sequence)
        node.addChild(type)
        return node
    }

    private static func element(_ name: String, _ attributes: [String: String]) -> XMLElement {
        let node = XMLElement(name: name)
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
            node.addAttribute(XMLNode.attribute(withName: key, stringValue: value) as! XMLNode)
        }
        return node
    }
}
