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

/// Serves `/api/http/` (with or without the trailing slash): parameters from the query and
/// a form body, credentials from them or from Basic auth, faults and latency as configured,
/// and one request-log entry per call.
struct SandboxResponder: HTTPResponder {
    let handler: APIHandler
    let renderer: ResponseRenderer
    let options: SandboxOptions
    let log: RequestLogWriter

    func respond(to request: Request, context: SandboxContext) async throws -> Response {
        let started = ContinuousClock.now
        guard request.uri.path == "/api/http/" || request.uri.path == "/api/http" else {
            return Self.plain(.notFound, "Not Found: the API is served at /api/http/\n")
        }
        guard request.method == .get || request.method == .post else {
            return Self.plain(.methodNotAllowed, "Method Not Allowed: use GET or POST\n")
        }
        if options.latency > .zero { try await Task.sleep(for: options.latency) }

        var entry = RequestLogEntry(
            time: Date(), sourceIP: context.channel.remoteAddress?.ipAddress ?? "unknown",
            apiClass: "", method: "", parameters: [:], httpStatus: 200, response: "",
            userAgent: request.headers[.userAgent] ?? "", auth: "none", fault: "", durationMilliseconds: 0)
        defer {
            entry.durationMilliseconds = (ContinuousClock.now - started).milliseconds
            log.append(entry)
        }

        let parameters: FormParameters
        do {
            parameters = try await Self.parameters(of: request)
        } catch {
            let code = error as? SandboxError ?? .malformedRequest
            let body = renderer.render(.failure(code))
            entry.httpStatus = code == .requestTooLarge ? 413 : 400
            entry.response = Self.logText(body)
            return Self.json(HTTPResponse.Status(code: entry.httpStatus), body)
        }
        let basic = BasicCredentials(header: request.headers[.authorization])
        entry.apiClass = parameters[.apiClass] ?? ""
        entry.method = parameters[.method] ?? ""
        entry.auth = basic != nil ? "basic" : (parameters[.user] != nil ? "params" : "none")
        entry.parameters = Self.redacted(parameters)

        let fault = options.faults.draw(method: entry.method)
        entry.fault = fault?.rawValue ?? ""
        if let fault, fault.strikesBeforeProcessing {
            return try await Self.strike(fault, on: context.channel, entry: &entry)
        }

        var body = renderer.render(await handler.handle(parameters, basic: basic, remoteIP: entry.sourceIP))
        entry.response = Self.logText(body)
        switch fault {
        case .truncated: body = Array(body.prefix(body.count / 2))
        case .slow: try await Task.sleep(for: options.faults.slowDelay)
        default: break
        }
        return Self.json(.ok, body)
    }

    private static func parameters(of request: Request) async throws -> FormParameters {
        var parameters = FormParameters()
        if let query = request.uri.query { try parameters.merge(urlEncoded: Substring(query)) }
        guard request.method == .post else { return parameters }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: SandboxOptions.maxBodyBytes)
        } catch {
            throw SandboxError.requestTooLarge
        }
        let type = request.headers[.contentType]?.lowercased() ?? "application/x-www-form-urlencoded"
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

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

