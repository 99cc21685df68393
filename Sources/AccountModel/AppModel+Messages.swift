import AfilnetAPI
import Foundation

/// The answers `AppModel.handle` takes, by family: reads, writes' answers, and the session's
/// own messages (the user's input is `AppModel.handleInput`).
extension AppModel {
    /// A read came back: the balance, a list, a large list's derivation.
    mutating func handleRead(_ message: AppMessage) -> [Effect] {
        switch message {
        case .balanceLoaded(let result, let history):
            reads[.balance] = nil
            panes.balance.apply(result, at: now)
            if case .failure(let error) = result { report(error, text.readBalanceFailed) }
            switch history {
            case .success(let samples)?: panes.balance.applyHistory(samples)
            case .failure(let problem)?:
                // Said once a session: the balance itself is fine.
                if !panes.balance.historyProblemSaid {
                    panes.balance.historyProblemSaid = true
                    if status == nil { status = StatusMessage(text: text.historyNotKept(problem.text), kind: .warning, expires: now.addingTimeInterval(8)) }
                }
            case nil: break
            }
        case .addressesLoaded(let result, let index):
            let readSince = reads.removeValue(forKey: .addresses)
            let job = panes.addresses.apply(result, index: index)
            if case .success = result { form.cities = nil }
            if case .failure(let error) = result { report(error, text.readAddressesFailed) }
            return deriving(job) + settleUnsettled() + settleUnknown(.addresses, readSince: readSince)
        case .accountRead(let reading):
            reads[.account(reading.profile)] = nil
            panes.accounts.apply(reading)
        case .addressesDerived(let derived):
            panes.addresses.list.finish(derived)
        case .channelsLoaded(let result):
            let readSince = reads.removeValue(forKey: .channels)
            panes.channels.apply(result)
            if case .failure(let error) = result { report(error, text.readChannelsFailed) }
            return settleUnsettled() + settleUnknown(.channels, readSince: readSince)
        default: break  // another family's: `handle` sends each to its own
        }
        return []
    }

    /// A write's answer: applied to the live session, or only said when it was sent from another (`settled`).
    mutating func handleWriteAnswer(_ message: AppMessage) -> [Effect] {
        switch message {
        case .addressAdded(let address, let result, let from):
            guard settled(.add(address), from: from, result) else { return checking(.add(address)) }
            return addressAdded(result)
        case .addressDeleted(let id, let result, let from):
            guard settled(.delete(id), from: from, result) else { return checking(.delete(id)) }
            if bulk?.current == id { return bulkDeleted(id, result) }
            switch result {
            case .success:
                say(text.addressDeleted(id))
                return loadAddresses().map { [$0] } ?? []
            case .failure(let error):
                report(error) { [text] in text.deleteFailed(id, $0) }
            }
        case .channelSwitched(let name, let active, let result, let from):
            guard settled(.channel(name, active: active), from: from, result) else { return checking(.channel(name, active: active)) }
            switch result {
            case .success:
                panes.channels.settle(name, succeeded: true)
                say(text.channelSwitched(name, active))
            case .failure(let error):
                panes.channels.settle(name, succeeded: false)
                report(error) { [text] in text.switchFailed(name, active, $0) }
            }
        default: break  // another family's: `handle` sends each to its own
        }
        return []
    }

    /// The session around the panes: the journal, a profile switch, start-up's notices and drafts, exports.
    mutating func handleSession(_ message: AppMessage) -> [Effect] {
        switch message {
        case .journalAppended(let entry):
            panes.requests.append(entry)
        case .profileOpened(let connection, let problem):
            reads[.profile] = nil
            guard let connection else {
                status = StatusMessage(text: text.profileNotOpened(problem ?? text.unknownProblem), kind: .error)
                return []
            }
            // Everything shown belonged to the other account: start over on this one.
            session = connection.session
            context.service = connection.service
            // Writes still on their way stay in the record; their answers are told apart.
            context.origin = WriteOrigin(session: origin.session + 1, account: session.account, profile: session.profile)
            for pane in Pane.allCases { _ = panes.apply(.startOver(session), to: pane) }
            bulk = nil
            form = AddressFormModel()
            say(text.nowOnProfile(session.profile, session.user, session.endpoint))
            return start()
        case .notice(let notice):
            // Start-up notices: each said, after those before it.
            if let current = status, current.expires == nil {
                status = StatusMessage(text: current.text + " " + notice.text, kind: notice.kind == .info ? current.kind : notice.kind)
            } else {
                status = notice
            }
        case .draftRestored(let draft):
            form = draft.form
        case .unsettledWrites(let writes):
            unsettled = writes
            return settleUnsettled()
        case .exported(let list, let count, let path, let problem):
            if let path { say(list == .requests ? text.exported(count, path) : text.exportDone(count, path)) }
            if let problem { status = StatusMessage(text: text.exportFailed(problem), kind: .error, expires: nil) }
        default: break  // another family's: `handle` sends each to its own
        }
        return []
    }
}
