import Foundation
import TerminalText

/// How one call goes on the wire and how its answer comes back (docs/api.md, "Ways in"): the
/// HTTP API's form or SOAP's envelope, with the credentials as parameters, in a Basic header
/// or as a Bearer token. Everything above (retries, lost answers, the journal) is the same.
struct APIWire: Sendable {
    let configuration: ClientConfiguration
    /// `…/api/soap/` beside the configured endpoint, worked out once.
    private let soapURL: String

    init(configuration: ClientConfiguration) {
        self.configuration = configuration
        soapURL = configuration.soapURL
    }

    func request(apiClass: String, method: String, parameters extra: [(String, String)], bearer: String?) -> TransportRequest {
        var headers = [("User-Agent", configuration.userAgent)]
        let credentials = configuration.credentials
        // Who is calling: a Bearer token, a Basic header, or the user and password as parameters.
        var inline: Credentials?
        switch configuration.auth {
        case .jwt: headers.append(("Authorization", "Bearer \(bearer ?? "")"))
        case .basic:
            let token = Data("\(credentials.user):\(credentials.password)".utf8).base64EncodedString()
            headers.append(("Authorization", "Basic \(token)"))
        case .post, .get: inline = credentials
        }
        if configuration.api == .soap {
            headers += [("Content-Type", SOAPContract.contentType), ("SOAPAction", "\"\(SOAPContract.namespace)#\(method)\"")]
            let body = SOAPRequestBuilder.envelope(method: method, credentials: inline, parameters: extra)
            return TransportRequest(method: .post, url: soapURL, headers: headers, body: body)
        }
        headers.append(("Accept", "application/json"))
        var parameters = [(APIField.apiClass.rawValue, apiClass), (APIField.method.rawValue, method)]
        if let inline { parameters += [(APIField.user.rawValue, inline.user), (APIField.password.rawValue, inline.password)] }
        let form = FormEncoding.encode(parameters + extra)
        let base = configuration.endpoint.description
        if configuration.auth == .get {
            let separator = base.contains("?") ? "&" : "?"
            return TransportRequest(method: .get, url: base + separator + form, headers: headers, body: [])
        }
        return Self.formPost(base, form: form, headers: headers)
    }

    /// A POST of `application/x-www-form-urlencoded` parameters (API calls, the token request).
    static func formPost(_ url: String, form: String, headers: [(String, String)]) -> TransportRequest {
        TransportRequest(
            method: .post, url: url, headers: headers + [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array(form.utf8))
    }

    /// The reader the transport feeds: `inner` itself, or one that turns SOAP into JSON first.
    func reader<Value>(method: String, _ inner: any ResponseReader<Value>) -> any ResponseReader<Value> {
        configuration.api == .soap ? SOAPReader(method: method, inner: inner) : inner
    }

    /// An answer other than 200: over SOAP, its Fault's words when it carries one.
    func statusError(_ response: TransportResponse) -> AfilnetError {
        if configuration.api == .soap {
            let translator = SOAPAnswerTranslator(method: "")
            if SafeXMLParser.parse(response.body, handler: translator) == nil, let fault = translator.fault {
                return .httpStatus(response.status, preview: ResponseDecoder.preview(Array(fault.utf8)))
            }
        }
        return .httpStatus(response.status, preview: ResponseDecoder.preview(response.body))
    }
}

extension ResponseDecoder {
    /// A whole `getaddresses` answer over SOAP, decoded as the client does (benchmarks).
    public static func addresses(soap body: [UInt8]) throws(AfilnetError) -> [Address] {
        let reader = SOAPReader(method: APIMethod.getaddresses.rawValue, inner: AddressListReader())
        body.withUnsafeBytes { reader.take($0) }
        return try reader.finish()
    }
}
