/// Turns a SOAP answer (`SOAPContract`) into the JSON envelope the HTTP API answers with, so
/// that one set of decoders, checks and tolerances serves both (docs/api.md, "SOAP").
/// Item members come out as JSON strings; the decoders take numeric strings as numbers.
final class SOAPAnswerTranslator: XMLEventHandler {
    private let method: String
    private let isList: Bool
    private var path: [String] = []
    private var text = ""
    private var status: String?
    private var error: String?
    private var resultText: String?
    private var items = JSONWriter(capacity: 4096)
    private var itemCount = 0
    private var membersInItem = 0
    private(set) var fault: String?
    private var faultCode = ""

    init(method: String) {
        self.method = method
        isList = APIMethod(rawValue: method).flatMap(SOAPContract.record(of:)) != nil
    }

    func start(_ name: String, namespace: String?) {
        path.append(name)
        text = ""
        if path.count == 5, path[3] == SOAPContract.resultElement, name == SOAPContract.itemElement {
            if itemCount > 0 { items.raw(",") }
            items.raw("{")
            itemCount += 1
            membersInItem = 0
        }
    }

    func text(_ piece: String) { text += piece }

    func end(_ name: String) -> String? {
        defer { path.removeLast() }
        switch path.count {
        case 1 where name != "Envelope", 2 where name != "Body" && name != "Header":
            return "not a SOAP envelope"
        case 3 where path[1] == "Body" && name != "Fault" && name != method + "Response":
            return "answer to another operation (\(name))"
        case 4 where path[2] == "Fault":
            if name == "faultcode" { faultCode = text }
            if name == "faultstring" { fault = (faultCode.isEmpty ? "" : faultCode + ": ") + text }
        case 4 where path[1] == "Body":
            switch name {
            case SOAPContract.statusElement: status = text
            case SOAPContract.errorElement: error = text
            case SOAPContract.resultElement where itemCount == 0: resultText = text
            default: break
            }
        case 5 where path[3] == SOAPContract.resultElement:
            items.raw("}")
        case 6 where path[3] == SOAPContract.resultElement:
            if membersInItem > 0 { items.raw(",") }
            items.key(name)
            items.string(text)
            membersInItem += 1
        default: break
        }
        return nil
    }

    /// The equivalent JSON envelope (without a status when the answer had none, which the
    /// decoders report as a protocol problem).
    var json: [UInt8] {
        var json = JSONWriter(capacity: items.bytes.count + 64)
        json.raw("{")
        if let status {
            json.key(APIEnvelope.status)
            json.string(status)
            json.raw(",")
        }
        if let error {
            json.key(APIEnvelope.error)
            json.string(error)
            json.raw(",")
        }
        json.key(APIEnvelope.result)
        if isList || itemCount > 0 {
            json.raw("[")
            json.bytes += items.bytes
            json.raw("]")
        } else if let resultText {
            json.string(resultText)
        } else {
            json.raw("[]")
        }
        json.raw("}")
        return json.bytes
    }
}
