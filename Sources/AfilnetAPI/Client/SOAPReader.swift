import Foundation
import TerminalText

/// Collects a SOAP answer, translates it (`SOAPAnswerTranslator`) and hands the JSON to the
/// reader the HTTP API would have used.
final class SOAPReader<Value>: ResponseReader {
    private let method: String
    private let inner: any ResponseReader<Value>
    private var body: [UInt8] = []

    init(method: String, inner: any ResponseReader<Value>) {
        self.method = method
        self.inner = inner
    }

    func take(_ bytes: UnsafeRawBufferPointer) { body.append(contentsOf: bytes) }

    func finish() throws(AfilnetError) -> Value {
        let translator = SOAPAnswerTranslator(method: method)
        if let reason = SafeXMLParser.parse(body, handler: translator) {
            // A body cut off before the envelope closed is a lost answer, like cut-off JSON.
            let tail = String(decoding: body.suffix(32), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if reason == SafeXMLParser.cutShort || !tail.hasSuffix("Envelope>") { throw .truncated }
            throw .notJSON(preview: TerminalSafeText.sanitize(String(reason.prefix(80))))
        }
        if let fault = translator.fault { throw .notJSON(preview: ResponseDecoder.preview(Array(fault.utf8))) }
        let json = translator.json
        body = []
        json.withUnsafeBytes { inner.take($0) }
        return try inner.finish()
    }
}
