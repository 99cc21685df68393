import AfilnetAPI
import Foundation
import Hummingbird
import NIOCore
import NIOPosix

/// A request context that keeps the connection, for the client's address and `reset`.
struct SandboxContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any NIOCore.Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

/// The sandbox's three doors (docs/api.md): `/api/http/` (parameters from the query and a
/// form body), `/api/soap/` (SOAP 1.1; its WSDL at `?wsdl`) and `/api/token/` (JWT), each
/// with or without the trailing slash. Credentials as parameters, Basic or Bearer; faults and
/// latency as configured; one request-log entry per call.
struct SandboxResponder: HTTPResponder {
    let handler: APIHandler
    let renderer: ResponseRenderer
    let options: SandboxOptions
    let log: RequestLogWriter

    /// Which door a request came through (the log's "API" column).
    enum Door: String { case http, soap, token }

    /// Every answer says it is the sandbox's (`X-Afilnet-Sandbox`): a client tells the
    /// sandbox's shape of the assumed ways in from a real endpoint's (docs/api.md).
    func respond(to request: Request, context: SandboxContext) async throws -> Response {
        var response = try await answer(request, context: context)
        response.headers[.init("X-Afilnet-Sandbox")!] = "1"
        return response
    }

    private func answer(_ request: Request, context: SandboxContext) async throws -> Response {
        let door: Door
        switch request.uri.path {
        case "/api/http/", "/api/http": door = .http
        case SOAPContract.path, "/api/soap": door = .soap
        case "/api/token/", "/api/token": door = .token
        default: return Self.plain(.notFound, "Not Found: the API is served at /api/http/, /api/soap/ and /api/token/\n")
        }
        if door == .soap, request.method == .get, request.uri.query?.lowercased() == "wsdl" {
            let host = request.head.authority ?? "\(options.host):\(options.port)"
            return Self.xml(.ok, WSDLDocument.make(location: "http://\(host)\(SOAPContract.path)"))
        }
        guard request.method == .post || (door == .http && request.method == .get) else {
            return Self.plain(.methodNotAllowed, door == .http ? "Method Not Allowed: use GET or POST\n" : "Method Not Allowed: use POST\n")
        }
        return try await serve(request, door: door, context: context)
    }

    private func serve(_ request: Request, door: Door, context: SandboxContext) async throws -> Response {
        let started = ContinuousClock.now
        if options.latency > .zero { try await Task.sleep(for: options.latency) }
        var entry = RequestLogEntry(
            time: Date(), sourceIP: context.channel.remoteAddress?.ipAddress ?? "unknown",
            apiClass: "", method: "", parameters: [:], httpStatus: 200, response: "",
            userAgent: request.headers[.userAgent] ?? "", auth: "none", api: door.rawValue, fault: "",
            durationMilliseconds: 0)
        defer {
            entry.durationMilliseconds = (ContinuousClock.now - started).milliseconds
            log.append(entry)
        }

        let parameters: FormParameters
        do {
            parameters = try await Self.parameters(of: request, door: door)
        } catch {
            let code = error as? SandboxError ?? .malformedRequest
            if door == .soap {
                // Not a call: a Fault with the reason (or the code, for a body too large).
                let refusal = (error as? SOAPRefusal)?.reason
                entry.httpStatus = 500
                entry.response = refusal ?? code.code
                entry.refusal = refusal ?? ""
                return Self.xml(.internalServerError, SOAPAnswerWriter.fault(entry.response))
            }
            entry.httpStatus = code == .requestTooLarge ? 413 : 400
            let body = renderer.render(.failure(code))
            entry.response = Self.logText(body)
            return Self.json(HTTPResponse.Status(code: entry.httpStatus), body)
        }
        let authorization = Authorization(header: request.headers[.authorization])
        entry.apiClass = door == .token ? "" : parameters[.apiClass] ?? ""
        entry.method = door == .token ? "token" : parameters[.method] ?? ""
        entry.auth = authorization.logName(hasUser: parameters[.user] != nil)
        entry.parameters = Self.redacted(parameters)

        let fault = options.faults.draw(method: entry.method)
        entry.fault = fault?.rawValue ?? ""
        if let fault, fault.strikesBeforeProcessing {
            return try await Self.strike(fault, on: context.channel, entry: &entry)
        }

        let call: HandledCall
        switch door {
        case .token:
            call = await handler.issueToken(user: parameters[.user], password: parameters[.password], remoteIP: entry.sourceIP)
        case .http, .soap:
            let proof = authorization.proof ?? .password(user: parameters[.user], password: parameters[.password])
            call = await handler.handle(
                parameters, proof: proof, ways: authorization.ways(soap: door == .soap), remoteIP: entry.sourceIP)
        }
        entry.access = call.access
        entry.refusal = call.refusal
        var body: [UInt8]
        if door == .soap, let method = APIMethod(rawValue: entry.method) {
            body = SOAPAnswerWriter.answer(call.outcome, method: method)
        } else {
            body = renderer.render(call.outcome)
        }
        // The token is a secret: the log keeps that one was given, not the token.
        if case .token = call.outcome { entry.response = "token issued" } else { entry.response = Self.logText(body) }
        switch fault {
        case .truncated: body = Array(body.prefix(body.count / 2))
        case .slow: try await Task.sleep(for: options.faults.slowDelay)
        default: break
        }
        return door == .soap ? Self.xml(.ok, body) : Self.json(.ok, body)
    }

    private static func parameters(of request: Request, door: Door) async throws -> FormParameters {
        var parameters = FormParameters()
        // The token endpoint reads its body only: credentials never ride in a URL there.
        if door == .http, let query = request.uri.query { try parameters.merge(urlEncoded: Substring(query)) }
        guard request.method == .post else { return parameters }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: SandboxOptions.maxBodyBytes)
        } catch {
            throw SandboxError.requestTooLarge
        }
        if door == .soap {
            let reader = SOAPRequestReader()
            if let reason = SafeXMLParser.parse(Array(buffer.readableBytesView), handler: reader) {
                throw SOAPRefusal(reason: reason)
            }
            guard let operation = reader.operation, APIMethod(rawValue: operation) != nil else {
                throw SOAPRefusal(reason: "unknown operation \(reader.operation ?? "")")
            }
            return reader.parameters
        }
        let header = request.headers[.contentType] ?? "application/x-www-form-urlencoded"
        let type = header.lowercased()
        if type.hasPrefix("multipart/form-data") {
            // The PHP SDK's and WooCommerce's shape (docs/api.md, "Request shapes").
            guard let boundary = MultipartForm.boundary(in: header) else { throw SandboxError.malformedRequest }
            try MultipartForm.parse(Array(buffer.readableBytesView), boundary: boundary, into: &parameters)
            return parameters
        }
        guard type.hasPrefix("application/x-www-form-urlencoded") else { return parameters }
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else {
            throw SandboxError.malformedRequest
        }
        try parameters.merge(urlEncoded: Substring(text))
        return parameters
    }

    private static func strike(_ fault: FaultMode, on channel: any NIOCore.Channel, entry: inout RequestLogEntry) async throws -> Response {
        switch fault {
        case .http500:
            entry.httpStatus = 500
            return plain(.internalServerError, "Internal Server Error\n")
        case .html502:
            entry.httpStatus = 502
            var response = plain(.badGateway, FaultInjection.badGatewayPage)
            response.headers[.contentType] = "text/html"
            return response
        default:
            // `reset`: linger 0 makes close() send RST instead of FIN.
            entry.httpStatus = 0
            if let socket = channel as? any SocketOptionProvider {
                try? await socket.setSoLinger(linger(l_onoff: 1, l_linger: 0)).get()
            }
            try? await channel.close()
            throw CancellationError()
        }
    }

    private static func redacted(_ parameters: FormParameters) -> [String: String] {
        var values: [String: String] = [:]
        for (name, value) in parameters.sorted {
            values[name] = LogRedaction.secretNames.contains(name) ? LogRedaction.mask : value
        }
        return values
    }

    private static func logText(_ body: [UInt8]) -> String {
        guard body.count > RequestLogEntry.responseLimit else { return String(decoding: body, as: UTF8.self) }
        let head = String(decoding: body.prefix(RequestLogEntry.responseLimit), as: UTF8.self)
        return head + "…(\(body.count) bytes)"
    }

    static func json(_ status: HTTPResponse.Status, _ body: [UInt8]) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func xml(_ status: HTTPResponse.Status, _ body: [UInt8]) -> Response {
        Response(
            status: status, headers: [.contentType: SOAPContract.contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

