import Foundation
import Testing
@testable import AfilnetSandbox

@Suite("Every method over real HTTP, by GET, POST and Basic")
struct MethodTests {
    @Test(arguments: CallMode.allCases)
    func getBalance(mode: CallMode) async throws {
        let sandbox = try await RunningSandbox.start()
        let reply = try await sandbox.call("getbalance", mode: mode)
        #expect(reply.status == 200)
        #expect(reply.body == #"{"status":"SUCCESS","result":"152.34"}"#)
        #expect(reply.headers.first(name: "Content-Type") == "application/json; charset=utf-8")
        await sandbox.stop()
    }

    @Test(arguments: CallMode.allCases)
    func addListAndDeleteAnAddress(mode: CallMode) async throws {
        let sandbox = try await RunningSandbox.start()
        let added = try await sandbox.call("addaddress", addressParameters(), mode: mode)
        #expect(added.body == #"{"status":"SUCCESS","result":[]}"#)

        let list = try await sandbox.call("getaddresses", mode: mode)
        // The six demo addresses are 1000…1005; the new one comes next, unverified.
        #expect(list.body.contains(#"{"id":1006,"namelastname":"Kalle Õunapuu","iscompany":1,"companyname":"Õunapuu OÜ","documentid":"12345678","countrycode":"EE","cityid":1,"cityname":"Tallinn","zipcode":"10115","address":"Narva mnt 5 & 7","verified":0,"addressverified":0}"#))

        let deleted = try await sandbox.call("deleteaddress", [("idaddress", "1006")], mode: mode)
        #expect(deleted.body == #"{"status":"SUCCESS","result":[]}"#)
        let again = try await sandbox.call("deleteaddress", [("idaddress", "1006")], mode: mode)
        #expect(again.body == #"{"status":"ERROR","error":"ADDRESS_NOT_FOUND"}"#)
        #expect(try await sandbox.call("getaddresses", mode: mode).body.contains("1006") == false)
        await sandbox.stop()
    }

    @Test(arguments: CallMode.allCases)
    func channelsAndModifyChannel(mode: CallMode) async throws {
        let sandbox = try await RunningSandbox.start()
        let before = try await sandbox.call("getchannels", mode: mode)
        #expect(before.body.hasPrefix(#"{"status":"SUCCESS","result":[{"channeltype":"sms","channelname":"sms","active":1},"#))
        #expect(before.body.components(separatedBy: "channelname").count - 1 == 9)

        let off = try await sandbox.call("modifychannel", [("channelname", "sms"), ("active", "0")], mode: mode)
        #expect(off.body == #"{"status":"SUCCESS","result":[]}"#)
        #expect(try await sandbox.call("getchannels", mode: mode).body.contains(#"{"channeltype":"sms","channelname":"sms","active":0}"#))

        let unknown = try await sandbox.call("modifychannel", [("channelname", "pigeon"), ("active", "1")], mode: mode)
        #expect(unknown.body == #"{"status":"ERROR","error":"CHANNEL_NOT_FOUND"}"#)
        await sandbox.stop()
    }

    @Test func addressesBecomeVerifiedAfterTheConfiguredDelay() async throws {
        let sandbox = try await RunningSandbox.start(verifyAfter: 2.5)
        _ = try await sandbox.call("addaddress", addressParameters())
        let fresh = try await sandbox.call("getaddresses")
        #expect(fresh.body.contains(#""address":"Narva mnt 5 & 7","verified":0,"addressverified":0}"#))
        // Seeded unverified addresses stay so: only API additions are verified by the delay.
        #expect(fresh.body.contains(#""companyname":"東京 商事""#))
        try await Task.sleep(for: .milliseconds(2700))
        let later = try await sandbox.call("getaddresses")
        #expect(later.body.contains(#""address":"Narva mnt 5 & 7","verified":1,"addressverified":1}"#))
        #expect(later.body.contains(#""address":"丸の内 1-1","verified":0,"addressverified":0}"#))
        await sandbox.stop()
    }

    @Test func queryAndBodyTogetherTheBodyWins() async throws {
        let sandbox = try await RunningSandbox.start()
        let url = sandbox.url + "?class=user&method=getchannels&user=demo&password=wrong"
        let mixed = try await sandbox.execute(formPost(url, "password=demo&method=getbalance"))
        #expect(mixed.body == #"{"status":"SUCCESS","result":"152.34"}"#)
        await sandbox.stop()
    }
}
