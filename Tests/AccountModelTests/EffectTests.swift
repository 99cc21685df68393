import AccountModel
import AfilnetAPI
import Foundation
import Testing

/// What the model asks for, read as values: no server, no HTTP. (`AppModelTests` runs the
/// same flows against the sandbox.)
@Suite("Effects as values: add, delete, switch, refresh asked for without a server")
struct EffectTests {
    static func model(readOnly: Bool = false, profiles: [String] = [], openProfile: ProfileOpener? = nil) -> AppModel {
        // Never called: effects are only read here.
        let client = AfilnetClient(
            configuration: ClientConfiguration(endpoint: try! Endpoint("http://127.0.0.1:9/api/http/"), credentials: Credentials(user: "demo", password: "demo")),
            transport: AsyncHTTPTransport())
        var model = AppModel(
            session: SessionInfo(user: "demo", endpoint: "test", isSandbox: true, profile: "test", readOnly: readOnly),
            service: AccountService(client: client), profiles: profiles, openProfile: openProfile)
        let effects = model.start(at: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(effects == [.loadBalance, .loadAddresses, .loadChannels])
        _ = model.handle(.resized(columns: 80, rows: 24, pageSize: 10))
        _ = model.handle(.addressesLoaded(.success([
            Address(id: 7, contactName: "Mari Tamm", isCompany: false, companyName: "", documentID: "1", countryCode: "EE", cityID: 1,
                    cityName: "Tallinn", zipCode: "10115", street: "Narva mnt 5", verified: true, addressVerified: true),
        ])))
        _ = model.handle(.channelsLoaded(.success([Channel(type: "sms", name: "sms", isActive: true)])))
        return model
    }

    static func press(_ model: inout AppModel, _ keys: Key...) -> [Effect] {
        keys.flatMap { model.handle(.key($0)) }
    }

    @Test func enterOnAFilledFormAsksToAddWhatWasTyped() {
        var model = Self.model()
        var effects = Self.press(&model, .character("2"), .character("a"))
        for (text, tabs) in [("Kalle Õunapuu", 2), ("38001010000", 1), ("EE", 1), ("99", 1), ("Tartu", 1), ("50090", 1), ("Rüütli 12", 0)] {
            for character in text { effects += model.handle(.key(.character(character))) }
            for _ in 0..<tabs { effects += model.handle(.key(.tab)) }
        }
        #expect(effects.isEmpty)
        effects = Self.press(&model, .enter)
        guard case .addAddress(let address, let known) = effects.first, effects.count == 1 else {
            Issue.record("asked for \(effects)")
            return
        }
        #expect(address.contactName == "Kalle Õunapuu")
        #expect(address.cityID == 99)
        #expect(address.countryCode == "EE")
        #expect(known.map(\.id) == [7])
        #expect(model.formIsSending)
        // The server refuses the city: the error lands on the city id; the input stays.
        _ = model.handle(.addressAdded(address, .failure(.api(.cityNotFound))))
        #expect(model.form.problems[.cityID] == .refused(.cityNotFound))
        #expect(model.form.value(.contactName) == "Kalle Õunapuu")
        #expect(model.form.focusedField == .cityID)
    }

    @Test func deleteAsksOnlyAfterYes() {
        var model = Self.model()
        #expect(Self.press(&model, .character("2"), .character("d")).isEmpty)
        #expect(model.overlay == .confirmDelete(model.addresses.list.selected!))
        let effects = Self.press(&model, .character("y"))
        guard case .deleteAddress(let id) = effects.first else {
            Issue.record("asked for \(effects)")
            return
        }
        #expect(id == 7)
        #expect(Self.press(&model, .character("d"), .character("n")).isEmpty)
    }

    @Test func aSwitchShowsAtOnceAndARefusalRollsItBack() {
        var model = Self.model()
        let effects = Self.press(&model, .character("3"), .character(" "))
        guard case .switchChannel(let name, let active) = effects.first else {
            Issue.record("asked for \(effects)")
            return
        }
        #expect(name == "sms" && active == false)
        #expect(model.channels.list.rows[0].isActive == false)
        _ = model.handle(.channelSwitched(name: "sms", active: false, .failure(.transport(.connectionReset))))
        #expect(model.channels.list.rows[0].isActive == true)
    }

    @Test func refreshAsksOnceWhileALoadIsOnItsWay() {
        var model = Self.model()
        #expect(Self.press(&model, .character("2"), .character("r")) == [.loadAddresses])
        #expect(Self.press(&model, .character("r")).isEmpty)
        _ = model.handle(.addressesLoaded(.success([])))
        #expect(Self.press(&model, .character("r")) == [.loadAddresses])
    }

    @Test func aReadOnlySessionAsksForNoWrite() {
        var model = Self.model(readOnly: true)
        let effects = Self.press(&model, .character("2"), .character("a"), .character("d"), .character("y"), .character("3"), .character(" "))
        #expect(effects.isEmpty)
    }
}
