import Foundation

/// `Authorization: Basic base64(user:password)`, the alternative to the `user`/`password`
/// parameters. A malformed header counts as absent, so the usual MISSING_USER follows.
struct BasicCredentials: Equatable {
    let user: String
    let password: String

    init?(header: String?) {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic",
            let data = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return nil }
        user = String(text[..<colon])
        password = String(text[text.index(after: colon)...])
    }
}
