import AfilnetAPI
import Foundation
import Testing

/// The API's words — parameter and record names, methods, error codes — are spelled in one
/// source file each (`APIField`, `APIMethod`, `APIErrorCode`), so the client, the form, the
/// sandbox and the commands cannot drift apart.
@Suite("The API's vocabulary is written once")
struct VocabularyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// (Most are spelled once as case names, without quotes.) The words no other part of the project has a use for (generic ones such as `user` or
    /// `id` are also config keys and column names, so they are left out here).
    static let words: [String] = {
        let generic: Set<APIField> = [.apiClass, .method, .user, .password, .id, .address, .verified, .active]
        return APIField.allCases.filter { !generic.contains($0) }.map(\.rawValue)
            + APIMethod.allCases.map(\.rawValue) + APIErrorCode.known.map(\.code)
    }()

    @Test func eachWordIsSpelledInOneSourceFile() throws {
        let sources = try #require(FileManager.default.enumerator(atPath: Self.root.appendingPathComponent("Sources").path))
            .compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix(".generated.swift") }
        let texts = try sources.map { ($0, try String(contentsOf: Self.root.appendingPathComponent("Sources/" + $0), encoding: .utf8)) }
        for word in Self.words {
            let files = texts.filter { $0.1.contains("\"\(word)\"") }.map(\.0)
            #expect(files.count <= 1, "\(word) is spelled in \(files)")
        }
    }
}
