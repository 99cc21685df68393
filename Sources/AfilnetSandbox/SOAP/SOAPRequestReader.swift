import AfilnetAPI

/// Reads a request envelope (`SOAPContract`) into the same parameters an HTTP call carries:
/// `class=user`, `method` = the operation, and one parameter per child element. Anything that
/// is not such an envelope is a reason for a Fault, not an API answer.
final class SOAPRequestReader: XMLEventHandler {
    private var path: [(name: String, namespace: String?)] = []
    private var text = ""
    private(set) var operation: String?
    private(set) var values: [String: String] = [:]
    private var sawBody = false

    func start(_ name: String, namespace: String?) {
        path.append((name, namespace))
        text = ""
    }

    func text(_ piece: String) { text += piece }

    func end(_ name: String) -> String? {
        defer { path.removeLast() }
        let namespace = path.last?.namespace
        switch path.count {
        case 1:
            guard name == "Envelope", namespace == SOAPContract.envelopeNamespace else { return "not a SOAP 1.1 envelope" }
            guard sawBody, operation != nil else { return "the envelope has no operation in its Body" }
        case 2:
            guard namespace == SOAPContract.envelopeNamespace, name == "Body" || name == "Header" else {
                return "unexpected element \(name) in the envelope"
            }
            if name == "Body" { sawBody = true }
        case 3 where path[1].name == "Body":
            guard operation == nil else { return "more than one operation in the Body" }
            guard namespace == SOAPContract.namespace else {
                return "unknown operation \(name) (namespace \(namespace ?? "none"), expected \(SOAPContract.namespace))"
            }
            operation = name
        case 4 where path[1].name == "Body":
            guard values.count < FormParameters.maxCount else { return "more than \(FormParameters.maxCount) parameters" }
            guard text.utf8.count <= FormParameters.maxValueBytes else { return "a value longer than \(FormParameters.maxValueBytes) bytes" }
            values[name] = text
        case 5... where path[1].name == "Body":
            return "unexpected element \(name) inside a parameter"
        default: break
        }
        return nil
    }

    /// The call as the HTTP API's parameters would give it.
    var parameters: FormParameters {
        var all = values
        all[APIField.apiClass.rawValue] = APIMethod.apiClass
        all[APIField.method.rawValue] = operation ?? ""
        return FormParameters(all)
    }
}
