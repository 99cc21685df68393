import Foundation

/// The command line as bytes. Swift's `CommandLine.arguments` turns bytes that are not UTF-8
/// (typed on a terminal set to Latin-1) into U+FFFD, which would be sent as if typed: such an
/// argument is refused instead, naming its option.
enum RawArguments {
    /// The option whose value is not UTF-8 (`--name`), or the argument's position; nil when
    /// every argument is UTF-8.
    static func firstNotUTF8() -> String? {
        var previous: String?
        // argc can read 0 (a preloaded library, such as faketime's, that runs before Swift
        // records it): then there is nothing to check here.
        for index in stride(from: 1, to: Int(CommandLine.argc), by: 1) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
            let text = String(decoding: bytes, as: UTF8.self)
            // Decoding puts U+FFFD for what is not UTF-8, so the bytes come back otherwise.
            // (Cheaper than `String(validating:)`, whose generic lookups cost a one-shot
            // command 0.4 ms.)
            guard !text.utf8.elementsEqual(bytes) else {
                previous = text
                continue
            }
            if text.hasPrefix("--"), let equals = text.firstIndex(of: "=") { return String(text[..<equals]) }
            if let previous, previous.hasPrefix("-") { return previous }
            return "argument \(index)"
        }
        return nil
    }
}
