import Testing
@testable import AfilnetSandbox

@Suite("Every quirk produces exactly the documented bytes")
struct QuirkTests {
    static let firstChannelPlain = #"{"channeltype":"sms","channelname":"sms","active":1}"#
    static let firstAddressPlain = #"{"id":1000,"namelastname":"Mari Tamm","iscompany":0,"companyname":"","documentid":"48801010010","countrycode":"EE","cityid":1,"cityname":"Tallinn","zipcode":"10115","address":"Narva mnt 5","verified":1,"addressverified":1}"#

    @Test func plainShapes() async throws {
        let sandbox = try await RunningSandbox.start()
        #expect(try await sandbox.call("getbalance").body == #"{"status":"SUCCESS","result":"152.34"}"#)
        #expect(try await sandbox.call("getchannels").body.hasPrefix(#"{"status":"SUCCESS","result":["# + Self.firstChannelPlain + ","))
        #expect(try await sandbox.call("getaddresses").body.hasPrefix(#"{"status":"SUCCESS","result":["# + Self.firstAddressPlain + ","))
        await sandbox.stop()
    }

    @Test func listWrapper() async throws {
        let sandbox = try await RunningSandbox.start(quirks: [.listWrapper])
        let channels = try await sandbox.call("getchannels").body
        #expect(channels.hasPrefix(#"{"status":"SUCCESS","result":{"list":["# + Self.firstChannelPlain + ","))
        #expect(channels.hasSuffix(#"{"channeltype":"certification","channelname":"certifiedfile","active":0}]}}"#))
        #expect(try await sandbox.call("getaddresses").body.hasPrefix(#"{"status":"SUCCESS","result":{"list":["# + Self.firstAddressPlain + ","))
        // Balance and writes keep their shape.
        #expect(try await sandbox.call("getbalance").body == #"{"status":"SUCCESS","result":"152.34"}"#)
        await sandbox.stop()
    }

    @Test func stringNumbers() async throws {
        let sandbox = try await RunningSandbox.start(quirks: [.stringNumbers])
        #expect(try await sandbox.call("getchannels").body.hasPrefix(#"{"status":"SUCCESS","result":[{"channeltype":"sms","channelname":"sms","active":"1"},"#))
        #expect(try await sandbox.call("getaddresses").body.hasPrefix(#"{"status":"SUCCESS","result":[{"id":"1000","namelastname":"Mari Tamm","iscompany":"0","companyname":"","documentid":"48801010010","countrycode":"EE","cityid":"1","cityname":"Tallinn","zipcode":"10115","address":"Narva mnt 5","verified":"1","addressverified":"1"},"#))
        await sandbox.stop()
    }

    @Test func booleanFlags() async throws {
        let sandbox = try await RunningSandbox.start(quirks: [.booleanFlags])
        #expect(try await sandbox.call("getchannels").body.hasPrefix(#"{"status":"SUCCESS","result":[{"channeltype":"sms","channelname":"sms","active":true},{"channeltype":"sms","channelname":"smscertified","active":false},"#))
        #expect(try await sandbox.call("getaddresses").body.hasPrefix(#"{"status":"SUCCESS","result":[{"id":1000,"namelastname":"Mari Tamm","iscompany":false,"companyname":"","documentid":"48801010010","countrycode":"EE","cityid":1,"cityname":"Tallinn","zipcode":"10115","address":"Narva mnt 5","verified":true,"addressverified":true},"#))
        await sandbox.stop()
    }

    @Test func balanceNumberAndObject() async throws {
        let number = try await RunningSandbox.start(quirks: [.balanceNumber])
        #expect(try await number.call("getbalance").body == #"{"status":"SUCCESS","result":152.34}"#)
        await number.stop()
        let object = try await RunningSandbox.start(quirks: [.balanceObject])
        #expect(try await object.call("getbalance").body == #"{"status":"SUCCESS","result":{"balance":"152.34"}}"#)
        await object.stop()
    }

    @Test func lowercaseStatus() async throws {
        let sandbox = try await RunningSandbox.start(quirks: [.lowercaseStatus])
        #expect(try await sandbox.call("getbalance").body == #"{"status":"success","result":"152.34"}"#)
        #expect(try await sandbox.call("getbalance", password: "x").body == #"{"status":"error","error":"INCORRECT_USER_PASSWORD"}"#)
        #expect(try await sandbox.call("modifychannel", [("channelname", "sms"), ("active", "1")]).body == #"{"status":"success","result":[]}"#)
        await sandbox.stop()
    }

    @Test func quirkListParsing() throws {
        #expect(try Quirk.parseList("list-wrapper, lowercase-status,") == [.listWrapper, .lowercaseStatus])
        #expect(throws: SandboxConfigurationError.self) { try Quirk.parseList("list-wrapper,bogus") }
    }

    @Test func controlCharactersInNamesAreEscapedInJSON() async throws {
        let sandbox = try await RunningSandbox.start()
        let name = "Evil\u{1B}]52;c;aGk=\u{07}\"\\ Ltd\n"
        #expect(try await sandbox.call("addaddress", addressParameters(["namelastname": name])).body.contains("SUCCESS"))
        #expect(try await sandbox.call("getaddresses").body.contains(#""namelastname":"Evil\u001b]52;c;aGk=\u0007\"\\ Ltd\n""#))
        await sandbox.stop()
    }
}
