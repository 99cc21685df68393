@testable import AfilnetAPI
import Foundation
import Testing

@Suite("Endpoints, encoding, retry timing and the journal file")
struct TransportTests {
    @Test func plainHTTPOnlyOnLoopback() throws {
        #expect(try Endpoint("http://127.0.0.1:8787/api/http/").isLoopback)
        #expect(try Endpoint("http://localhost/api/http/").isLoopback)
        #expect(try Endpoint("http://[::1]:8787/api/http/").isLoopback)
        #expect(try Endpoint("https://www.afilnet.com/api/http/").description == "https://www.afilnet.com/api/http/")
        #expect(throws: AfilnetError.self) { try Endpoint("http://www.afilnet.com/api/http/") }
        #expect(throws: AfilnetError.self) { try Endpoint("http://127.0.0.1.evil.com/") }
        #expect(throws: AfilnetError.self) { try Endpoint("https://user:pw@host/") }
        #expect(throws: AfilnetError.self) { try Endpoint("ftp://host/") }
    }

    @Test func retryDelaysAreCappedAndHonourRetryAfter() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(100), maxDelay: .seconds(1))
        #expect(policy.delay(after: 1, retryAfter: nil, random: 1) == .milliseconds(100))
        #expect(policy.delay(after: 3, retryAfter: nil, random: 1) == .milliseconds(400))
        #expect(policy.delay(after: 10, retryAfter: nil, random: 1) == .seconds(1))
        #expect(policy.delay(after: 2, retryAfter: nil, random: 0) == .zero)
        #expect(policy.delay(after: 1, retryAfter: "0", random: 1) == .zero)
        #expect(policy.delay(after: 1, retryAfter: "120", random: 1) == .seconds(1))
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now: Date(timeIntervalSince1970: 1_445_412_470)) == .seconds(10))
    }

    @Test func theJournalRotatesAtItsCapAndStaysReadable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)/j.jsonl").path
        let journal = RequestJournal(path: path, maxBytes: 4000, keptFiles: 2)
        for index in 0..<60 {
            journal.append(JournalEntry(
                time: Date(timeIntervalSince1970: 1_700_000_000 + Double(index)), endpoint: "http://127.0.0.1/",
                apiClass: "user", method: "getbalance", parameters: ["user": "demo", "password": "hunter2"],
                auth: "post", httpStatus: 200, outcome: "SUCCESS", response: "{}", durationMilliseconds: 1.5,
                attempt: 1), secrets: ["hunter2"])
        }
        let sizes = [path, path + ".1", path + ".2"].map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? -1 }
        #expect(sizes.allSatisfy { $0 > 0 && $0 <= 4000 })
        #expect(!FileManager.default.fileExists(atPath: path + ".3"))
        let entries = journal.entries(limit: 1000)
        #expect(entries.count > 20 && entries.count < 60)
        #expect(entries.last?.time == Date(timeIntervalSince1970: 1_700_000_059))
        #expect(entries.allSatisfy { $0.parameters["password"] == RequestJournal.mask })
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
