import AccountModel
import AfilnetAPI
import Foundation
import PropertySupport
import Testing

/// A write leaves the model once per intent, on every path of keys (docs/architecture.md,
/// "Writes in flight"): read as effects, with no server, the answers fed in by hand.
@Suite("Writes once: one intent, one request, whatever the keys")
struct WritesOnceTests {
    static let fields: [(String, Int)] = [("Mari Tamm", 2), ("38001010000", 1), ("EE", 1), ("1", 1), ("Tallinn", 1), ("10115", 1), ("Narva mnt 5", 0)]

    /// The add form filled (the address list is the fixtures').
    static func filled(profiles: [String] = [], openProfile: ProfileOpener? = nil) -> AppModel {
        var model = EffectTests.model(profiles: profiles, openProfile: openProfile)
        _ = EffectTests.press(&model, .character("2"), .character("a"))
        for (text, tabs) in fields {
            for character in text { _ = model.handle(.key(.character(character))) }
            for _ in 0..<tabs { _ = model.handle(.key(.tab)) }
        }
        return model
    }

    static func adds(_ effects: [Effect]) -> [NewAddress] {
        effects.compactMap { if case .addAddress(let address, _) = $0 { address } else { nil } }
    }

    /// The sequence that sent an address twice: Enter, ^C (asks), n (the form closed while the
    /// add was on its way), a (the form again, full), Enter.
    @Test func enterCtrlCNoAddEnterSendsOneAdd() {
        var model = Self.filled()
        var effects = EffectTests.press(&model, .enter)
        #expect(Self.adds(effects).count == 1)
        let sent = Self.adds(effects)[0]
        effects = model.handle(.interrupted)
        #expect(model.overlay == .confirmQuit)
        #expect(model.quitQuestion.contains("Mari Tamm, Tallinn"), "\(model.quitQuestion)")
        effects += EffectTests.press(&model, .character("n"))
        #expect(model.overlay == .none && !model.wantsToQuit)
        effects += EffectTests.press(&model, .character("a"))
        #expect(model.overlay == .form && model.formIsSending)
        #expect(model.form.value(.contactName) == "Mari Tamm")
        effects += EffectTests.press(&model, .enter, .enter)
        #expect(Self.adds(effects).isEmpty)
        #expect(model.status?.text.contains("Still on its way") == true)
        // Its answer closes the form; the same address may be sent again after that.
        _ = model.handle(.addressAdded(sent, .success(.confirmed)))
        #expect(!model.formIsSending && model.writes.isEmpty && !model.form.hasInput)
    }

    /// Escape closes a form that is being sent (it was stuck open); it opens again as it was.
    @Test func aFormBeingSentClosesAndOpensLocked() {
        var model = Self.filled()
        let sent = Self.adds(EffectTests.press(&model, .enter))[0]
        _ = EffectTests.press(&model, .escape)
        #expect(model.overlay == .none)
        #expect(EffectTests.press(&model, .character("a"), .character("x"), .enter).isEmpty)
        #expect(model.form.value(.street) == "Narva mnt 5")
        _ = model.handle(.addressAdded(sent, .failure(.api(.cityNotFound))))
        #expect(model.form.problems[.cityID] == .refused(.cityNotFound))
        // Refused: the form is the user's again, and Enter sends it once more.
        #expect(Self.adds(EffectTests.press(&model, .enter)).count == 1)
    }

    /// `d`, `y` on an address whose delete is on its way sends nothing more; the marks' bulk
    /// delete leaves it out.
    @Test func aDeleteOnItsWayIsNotAskedForAgain() {
        var model = EffectTests.model()
        var effects = EffectTests.press(&model, .character("2"), .character("d"), .character("y"))
        #expect(effects.count == 1)
        effects = EffectTests.press(&model, .character("d"), .character("y"))
        #expect(effects.isEmpty)
        effects = EffectTests.press(&model, .character("v"), .character("d"), .character("y"))
        #expect(effects.compactMap(\.writeIntent).isEmpty)
        _ = model.handle(.addressDeleted(id: 7, .success(.confirmed)))
        #expect(model.writes.isEmpty)
    }

    /// A channel switched twice before the first answer is switched once; its answer leaves it.
    @Test func aChannelOnItsWayIsNotSwitchedAgain() {
        var model = EffectTests.model()
        var effects = EffectTests.press(&model, .character("3"), .character(" "))
        #expect(effects.count == 1)
        effects = EffectTests.press(&model, .character(" "), .enter)
        effects += model.handle(.clickRow(position: 0, activate: true))
        #expect(effects.compactMap(\.writeIntent).isEmpty)
        #expect(model.channels.list.rows[0].isActive == false)
        _ = model.handle(.channelSwitched(name: "sms", active: false, .success(.confirmed)))
        #expect(EffectTests.press(&model, .character(" ")).count == 1)
    }

    /// Switching profile with an add on its way asks first and names it; after the switch,
    /// its answer is said and touches nothing of the new session.
    @Test func aSwitchWithAWriteOnItsWayAsksAndTheLateAnswerIsOnlySaid() {
        var model = Self.filled(profiles: ["other", "test"], openProfile: { _ in .failure(ProfileProblem("unused")) })
        let sent = Self.adds(EffectTests.press(&model, .enter))[0]
        let origin = model.origin
        _ = EffectTests.press(&model, .escape)
        _ = EffectTests.press(&model, .character("p"))
        #expect(model.overlay == .profiles(selection: 1))
        var effects = EffectTests.press(&model, .enter)
        guard case .confirmSwitch(let name) = model.overlay else {
            Issue.record("no question: \(model.overlay)")
            return
        }
        #expect(model.switchQuestion(name).contains("Mari Tamm"))
        effects = EffectTests.press(&model, .character("y"))
        #expect(effects.count == 1)
        _ = model.handle(.profileOpened(ProfileConnection(
            session: SessionInfo(user: "other", endpoint: "elsewhere", isSandbox: false, profile: "other", readOnly: false),
            service: model.context.service), problem: nil))
        #expect(model.writes.count == 1 && !model.formIsSending)
        _ = EffectTests.press(&model, .character("a"), .character("z"))
        _ = model.handle(.addressAdded(sent, .success(.confirmed), from: origin))
        #expect(model.writes.isEmpty)
        #expect(model.form.value(.contactName) == "z")
        #expect(model.status?.text.contains("Profile test") == true, "\(model.status?.text ?? "")")
    }

    static func row(_ id: Int64, _ address: NewAddress) -> Address {
        Address(
            id: id, contactName: address.contactName, isCompany: address.isCompany, companyName: address.companyName,
            documentID: address.documentID, countryCode: address.countryCode, cityID: address.cityID, cityName: address.cityName,
            zipCode: address.zipCode, street: address.street, verified: false, addressVerified: false)
    }

    /// An answer lost, and the client's own check lost too: the add stays on its way (the
    /// form locked, Enter sends nothing) until a read shows it; then it is done.
    @Test func anUncheckedLostAnswerStaysInUntilAReadShowsTheAdd() {
        var model = Self.filled()
        let sent = Self.adds(EffectTests.press(&model, .enter))[0]
        let effects = model.handle(.addressAdded(sent, .failure(.writeOutcomeUnknown(cause: .truncated))))
        #expect(effects == [.loadAddresses])
        #expect(model.formIsSending)
        #expect(Self.adds(EffectTests.press(&model, .enter)).isEmpty)
        let before = EffectTests.model().addresses.list.rows
        let settled = model.handle(.addressesLoaded(.success(before + [Self.row(8, sent)])))
        #expect(settled.contains { if case .settleWrite = $0 { true } else { false } })
        #expect(model.writes.isEmpty && !model.formIsSending && !model.form.hasInput)
        #expect(model.status?.text.contains("— done") == true, "\(model.status?.text ?? "")")
    }

    /// The same, when the read shows it did not happen: the form is the user's again, and
    /// nothing was resent by itself.
    @Test func anUncheckedLostAnswerThatDidNotHappenGivesTheFormBack() {
        var model = Self.filled()
        let sent = Self.adds(EffectTests.press(&model, .enter))[0]
        _ = model.handle(.addressAdded(sent, .failure(.writeOutcomeUnknown(cause: .truncated))))
        let effects = model.handle(.addressesLoaded(.success(EffectTests.model().addresses.list.rows)))
        #expect(Self.adds(effects).isEmpty)
        #expect(model.writes.isEmpty && model.form.value(.contactName) == "Mari Tamm")
        #expect(model.status?.text.contains("did not happen") == true)
        #expect(Self.adds(EffectTests.press(&model, .enter)).count == 1)
    }

    /// Random keys, pastes, ^C and profile switches around slow writes: no intent is ever
    /// asked for while the same one is on its way (the test's own ledger, not the model's).
    @Test func randomKeysAroundSlowWritesNeverAskTwice() {
        let keys: [Key] = [.enter, .escape, .tab, .character("a"), .character("d"), .character("y"), .character("n"), .character(" "),
                           .character("v"), .character("2"), .character("3"), .character("j"), .character("p"), .character("x"), .backspace]
        Property.check("writes once", cases: 300) { generator in
            var model = Self.filled(profiles: ["test", "other"], openProfile: { _ in .failure(ProfileProblem("no")) })
            // The same account opened again: a write on its way before must still not be sent twice.
            let again = ProfileConnection(
                session: SessionInfo(user: "demo", endpoint: "test", isSandbox: true, profile: "test", readOnly: false), service: model.context.service)
            var sent: [WriteIntent.Slot: (WriteIntent, WriteOrigin)] = [:]
            var trail: [String] = []
            for _ in 0..<generator.int(20...120) {
                var message: AppMessage
                switch generator.int(0...99) {
                case 0..<70: message = .key(generator.pick(keys))
                case 70..<75: message = .interrupted
                case 75..<78: message = .paste("Tõnis")
                default:
                    guard let (pending, origin) = sent.values.first, generator.chance(0.5) else {
                        message = generator.chance(0.5) ? .profileOpened(again, problem: nil) : .key(.enter)
                        break
                    }
                    let outcome: Result<WriteReceipt, AfilnetError> = generator.chance(0.5) ? .success(.confirmed) : .failure(.writeOutcomeUnknown(cause: .truncated))
                    switch pending {
                    case .add(let address): message = .addressAdded(address, outcome, from: origin)
                    case .delete(let id): message = .addressDeleted(id: id, outcome, from: origin)
                    case .channel(let name, let active): message = .channelSwitched(name: name, active: active, outcome, from: origin)
                    }
                    sent[pending.slot] = nil
                }
                trail.append("\(message)".prefix(60).description)
                for intent in model.handle(message).compactMap(\.writeIntent) {
                    if sent[intent.slot] != nil { return "\(intent) asked for twice after \(trail.suffix(12))" }
                    sent[intent.slot] = (intent, model.origin)
                }
                if model.wantsToQuit { break }
            }
            return nil
        }
    }
}
