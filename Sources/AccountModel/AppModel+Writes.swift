import AfilnetAPI
import Foundation

/// Writes in flight, seen from the model: entering an intent before its effect leaves,
/// leaving it when its answer comes, and asking before a quit or a switch would leave one
/// behind (docs/architecture.md, "Writes in flight").
extension AppModel {
    /// Enters `intent` for the live account; false (and said) when the same one is still on
    /// its way, whichever path asked for it first.
    mutating func enter(_ intent: WriteIntent) -> Bool {
        guard writes.enter(intent, from: origin, at: now) else {
            warn(text.stillOnItsWay(intent.text(in: text)))
            return false
        }
        return true
    }

    /// Leaves `intent`; true when its answer belongs to the live session (to be applied as
    /// usual), false when it was sent before a profile switch: then it is only said, and
    /// nothing of this session is touched.
    mutating func settled(_ intent: WriteIntent, from sent: WriteOrigin?, _ result: Result<WriteReceipt, AfilnetError>) -> Bool {
        let sent = sent ?? origin
        writes.leave(intent, of: sent.account)
        guard sent.session != origin.session else { return true }
        switch result {
        case .success: say(text.earlierWriteDone(sent.profile, intent.text(in: text)))
        case .failure(let error):
            status = StatusMessage(text: text.earlierWriteFailed(sent.profile, intent.text(in: text), error.text(in: text)), kind: .error)
        }
        return false
    }

    /// Opens another profile (the switcher's choice, or after the user said yes).
    mutating func openProfile(_ name: String) -> [Effect] {
        reads[.profile] = now
        return [.openProfile(name)]
    }

    /// Quitting asks first when it would lose typed input or leave a write without its answer.
    var asksBeforeQuitting: Bool { form.hasInput || !writes.isEmpty }

    /// The writes on their way, named ("the address 'Mari Tamm, Tallinn', switching sms on").
    var writesNamed: String { writes.all.map { $0.intent.text(in: text) }.joined(separator: ", ") }

    /// What the quit confirmation asks.
    public var quitQuestion: String { writes.isEmpty ? text.confirmQuit : text.confirmQuitWrites(writesNamed) }

    /// What the switch confirmation asks.
    public func switchQuestion(_ profile: String) -> String { text.confirmSwitchWrites(profile, writesNamed) }
}
