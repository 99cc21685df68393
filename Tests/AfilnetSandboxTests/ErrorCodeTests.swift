import Testing
@testable import AfilnetSandbox

@Suite("Every error code, and the documented check order")
struct ErrorCodeTests {
    static let credentials = [("user", "demo"), ("password", "demo")]

    /// Each row: the parameters sent (exactly), the code expected.
    static let commonCases: [([(String, String)], SandboxError)] = [
        ([("class", "user"), ("method", "getbalance"), ("password", "demo")], .missingUser),
        ([("class", "user"), ("method", "getbalance"), ("user", ""), ("password", "demo")], .missingUser),
        ([("class", "user"), ("method", "getbalance"), ("user", "demo")], .missingPassword),
        ([("class", "user"), ("method", "getbalance"), ("user", "demo"), ("password", "nope")], .incorrectUserPassword),
        ([("class", "user"), ("method", "getbalance"), ("user", "nobody"), ("password", "demo")], .incorrectUserPassword),
        ([("method", "getbalance")] + credentials, .missingClass),
        ([("class", "sms"), ("method", "getbalance")] + credentials, .incorrectClass),
        ([("class", "user")] + credentials, .missingMethod),
        ([("class", "user"), ("method", "sendsms")] + credentials, .incorrectMethod),
        ([("class", "user"), ("method", "deleteaddress")] + credentials, .missingCompulsoryParam),
        ([("class", "user"), ("method", "deleteaddress"), ("idaddress", "99")] + credentials, .addressNotFound),
        ([("class", "user"), ("method", "deleteaddress"), ("idaddress", "x")] + credentials, .addressNotFound),
        ([("class", "user"), ("method", "modifychannel"), ("channelname", "sms")] + credentials, .missingCompulsoryParam),
        ([("class", "user"), ("method", "modifychannel"), ("channelname", "sms"), ("active", "2")] + credentials, .invalidParameter),
        // Order: credentials are checked before class and method.
        ([("class", "sms"), ("method", "nothing"), ("user", "demo"), ("password", "x")], .incorrectUserPassword),
        ([("class", ""), ("method", "")] + credentials, .missingClass),
    ]

    @Test(arguments: 0..<commonCases.count)
    func commonCodes(index: Int) async throws {
        let (parameters, code) = Self.commonCases[index]
        let sandbox = try await RunningSandbox.start()
        for asQuery in [true, false] {
            let reply = try await sandbox.send(parameters, asQuery: asQuery)
            #expect(reply.status == 200)
            #expect(reply.body == #"{"status":"ERROR","error":"\#(code.code)"}"#, "\(parameters)")
        }
        await sandbox.stop()
    }

    static let addressCases: [([String: String?], SandboxError)] = [
        (["namelastname": nil], .missingCompulsoryParam),
        (["namelastname": ""], .missingCompulsoryParam),
        (["iscompany": nil], .missingCompulsoryParam),
        (["documentid": nil], .missingCompulsoryParam),
        (["zipcode": nil], .missingCompulsoryParam),
        (["address": nil], .missingCompulsoryParam),
        (["countrycode": nil], .missingCompulsoryParam),
        (["cityid": nil], .missingCompulsoryParam),
        (["cityname": nil], .missingCompulsoryParam),
        (["iscompany": "yes"], .invalidParameter),
        (["countrycode": ""], .emptyCountryCode),
        (["countrycode": "XX"], .countryNotFound),
        (["countrycode": "EST"], .countryNotFound),
        (["cityid": ""], .emptyCity),
        (["cityname": ""], .emptyCity),
        (["cityid": "999"], .cityNotFound),
        (["cityid": "0"], .cityNotFound),
        (["cityid": "abc"], .cityNotFound),
        // Order: the country is checked before the city.
        (["countrycode": "", "cityid": ""], .emptyCountryCode),
        (["countrycode": "ZZ", "cityid": "999"], .countryNotFound),
    ]

    @Test(arguments: 0..<addressCases.count)
    func addAddressCodes(index: Int) async throws {
        let (overrides, code) = Self.addressCases[index]
        let sandbox = try await RunningSandbox.start()
        let reply = try await sandbox.call("addaddress", addressParameters(overrides))
        #expect(reply.body == #"{"status":"ERROR","error":"\#(code.code)"}"#, "\(overrides)")
        // A refused address is not stored.
        #expect(try await sandbox.call("getaddresses").body.contains("1006") == false)
        await sandbox.stop()
    }

    @Test func basicAuthWithWrongPasswordAndMalformedHeader() async throws {
        let sandbox = try await RunningSandbox.start()
        let wrong = try await sandbox.call("getbalance", mode: .basic, password: "nope")
        #expect(wrong.body == #"{"status":"ERROR","error":"INCORRECT_USER_PASSWORD"}"#)
        let garbage = try await sandbox.send([("class", "user"), ("method", "getbalance")], authorization: "Basic !!!")
        #expect(garbage.body == #"{"status":"ERROR","error":"MISSING_USER"}"#)
        await sandbox.stop()
    }

    @Test func theCountryCodeIsAcceptedInAnyCaseAndStoredUpper() async throws {
        let sandbox = try await RunningSandbox.start()
        #expect(try await sandbox.call("addaddress", addressParameters(["countrycode": "eE"])).body.contains("SUCCESS"))
        #expect(try await sandbox.call("getaddresses").body.contains(#""id":1006,"namelastname":"Kalle Õunapuu","iscompany":1,"companyname":"Õunapuu OÜ","documentid":"12345678","countrycode":"EE""#))
        await sandbox.stop()
    }
}
