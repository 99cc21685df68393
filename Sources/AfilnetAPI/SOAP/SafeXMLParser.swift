import CLibcExtras
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a `SafeXMLParser` reports, in document order.
public protocol XMLEventHandler: AnyObject {
    func start(_ name: String, namespace: String?)
    func text(_ text: String)
    /// Returns a reason to stop (the document breaks the caller's rules), or nil.
    func end(_ name: String) -> String?
}

/// libxml2's SAX parser (through Foundation's XMLParser) with the doors that XML opens
/// shut: no DTD at all (SOAP 1.1 §3 forbids one, and with it go internal-entity bombs and
/// external entities), no external entity ever loaded, a depth limit, namespaces resolved.
public enum SafeXMLParser {
    public static let maxDepth = 32
    /// The reason given for a document that ends before its root element does.
    public static let cutShort = "the document ends before its root element does"

    /// Parses `data`, calling `handler`; the reason it was refused, or nil.
    public static func parse(_ data: [UInt8], handler: any XMLEventHandler) -> String? {
        if data.isEmpty { return "empty body" }
        // Entities can only be declared in a DTD: without one, `<!ENTITY` is not well-formed.
        if contains(data, "<!DOCTYPE") { return "a document type declaration is not allowed in a SOAP message" }
        // In chunks from a stream: handed a whole document over 10 MB at once, libxml2 stops
        // with an internal error ("huge input lookup") at its end.
        let parser = XMLParser(stream: InputStream(data: Data(data)))
        let delegate = Delegate(handler: handler)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if let refusal = delegate.refusal { return refusal }
        // From a stream, parse() can return true after an error: the delegate heard it.
        guard parsed, delegate.error == nil else {
            let code = delegate.error?.code ?? (parser.parserError as NSError?)?.code ?? 0
            return "not well-formed XML (libxml2 error \(code), line \(delegate.errorLine ?? parser.lineNumber))"
        }
        // XMLParser can report success for a document cut off mid-way: check it closed.
        guard delegate.closedRoot else { return SafeXMLParser.cutShort }
        return nil
    }

    /// One `memmem` pass (the filter's byte search): 45 MB answers are scanned too.
    private static func contains(_ data: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        return data.withUnsafeBytes { haystack in
            pattern.withUnsafeBytes { afl_memmem(haystack.baseAddress, haystack.count, $0.baseAddress, $0.count) != nil }
        }
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: any XMLEventHandler
        var refusal: String?
        var depth = 0
        var closedRoot = false
        var error: NSError?
        var errorLine: Int?

        init(handler: any XMLEventHandler) { self.handler = handler }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            guard depth <= SafeXMLParser.maxDepth else { return stop(parser, "elements nested deeper than \(SafeXMLParser.maxDepth)") }
            handler.start(name, namespace: namespaceURI)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            if depth == 0 { closedRoot = true }
            if let reason = handler.end(name) { stop(parser, reason) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { handler.text(string) }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard error == nil else { return }
            error = parseError as NSError
            errorLine = parser.lineNumber
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            guard let text = String(data: block, encoding: .utf8) else { return stop(parser, "CDATA not UTF-8") }
            handler.text(text)
        }

        private func stop(_ parser: XMLParser, _ reason: String) {
            guard refusal == nil else { return }
            refusal = reason
            parser.abortParsing()
        }
    }
}
