import AfilnetAPI
import Foundation

/// Writes in flight, seen from the model: entering an intent before its effect leaves,
/// leaving it when its answer comes, and asking before a quit or a switch would leave one
/// behind (docs/architecture.md, "Writes in flight").
extension AppModel {
    /// Enters `intent` for the live account; false (and said) when the same one is still on
    /// its way, whichever path asked for it first.
    mutating func enter(_ intent: WriteIntent) -> Bool {
        var before: [Int64] = []
        if case .add(let address) = intent { before = panes.addresses.list.rows.filter { $0.matches(address) }.map(\.id) }
        guard writes.enter(intent, from: origin, at: now, before: before) else {
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
        if case .failure(.writeOutcomeUnknown) = result, sent.session == origin.session, writes.contains(intent, of: sent.account) {
            // Not known: it stays in (the form locked, the row marked) until a read settles
            // it; sending it again now could apply it twice.
            writes.markUnknown(intent, of: sent.account, at: now)
            return false
        }
        writes.leave(intent, of: sent.account)
        guard sent.session != origin.session else { return true }
        switch result {
        case .success: say(text.earlierWriteDone(sent.profile, intent.text(in: text)))
        case .failure(let error):
            status = StatusMessage(text: text.earlierWriteFailed(sent.profile, intent.text(in: text), error.text(in: text)), kind: .error)
        }
        return false
    }

    /// The effects after an answer `settled` kept in: a read of the list it concerns, which
    /// settles it when it comes (`settleUnknown`).
    mutating func checking(_ intent: WriteIntent) -> [Effect] {
        guard writes.entry(for: intent, of: origin.account)?.unknown == true else { return [] }
        warn(text.outcomeChecking(intent.text(in: text)))
        if case .channel = intent { return loadChannels().map { [$0] } ?? [] }
        return loadAddresses().map { [$0] } ?? []
    }

    /// Settles the writes whose answers were lost, from a list read that started at
    /// `readSince` (one started before they were known lost may not show them: another read
    /// is asked for).
    mutating func settleUnknown(_ list: Work, readSince: Date?) -> [Effect] {
        var effects: [Effect] = []
        var again = false
        let rows = list == .addresses && panes.addresses.loaded && panes.addresses.error == nil ? panes.addresses.list.rows : nil
        let channelRows = list == .channels && panes.channels.loaded && panes.channels.error == nil ? panes.channels.list.rows : nil
        for entry in writes.unknown(of: session.account) where (entry.intent.channelName != nil) == (list == .channels) {
            guard let readSince, let lost = entry.unknownSince, readSince >= lost else {
                again = true
                continue
            }
            guard let settlement = WriteSettlement.settle(entry.intent, before: entry.before, addresses: rows, channels: channelRows) else { continue }
            writes.leave(entry.intent, of: entry.origin.account)
            effects.append(.settleWrite(entry.intent, account: entry.origin.account))
            let named = entry.intent.text(in: text)
            switch settlement {
            case .added(let address):
                if form.holds(address) { form = AddressFormModel() }
                if overlay == .form, !form.hasInput { overlay = .none }
                say(text.checkedApplied(named))
            case .deleted: say(text.checkedApplied(named))
            case .channel(let name, _, let asked):
                panes.channels.settle(name, succeeded: asked)
                if asked { say(text.checkedApplied(named)) } else { warn(text.checkedNotApplied(named)) }
            case .notAdded, .notDeleted: warn(text.checkedNotApplied(named))
            }
        }
        if again, let read = list == .channels ? loadChannels() : loadAddresses() { effects.append(read) }
        return effects
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
