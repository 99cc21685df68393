import AfilnetAPI
import Foundation

/// What keys and pastes do while an overlay takes them: the filter line, the add form, the
/// delete confirmation and the profile switcher.
extension AppModel {
    mutating func filterKey(_ key: Key) {
        switch key {
        case .enter: overlay = .none
        case .escape:
            filter = LineEditor()
            applyFilter()
            overlay = .none
        case .character(let c):
            filter.insert(String(c))
            applyFilter()
        default:
            if filter.edit(key) { applyFilter() }
        }
    }

    /// A paste goes into the field being typed in, whole; anywhere else it is dropped and
    /// said, as its characters must not act as keys.
    mutating func paste(_ pasted: String) {
        switch overlay {
        case .form where !form.submitting:
            if !form.paste(pasted) { warn(text.pasteIgnored) }
        case .filter:
            filter.insert(PastedText.oneLine(pasted))
            applyFilter()
        default: warn(text.pasteIgnored)
        }
    }

    mutating func applyFilter() {
        switch focus {
        case .addresses: addresses.list.setFilter(filterDraft)
        case .channels: channels.list.setFilter(filterDraft)
        case .requests: requests.list.setFilter(filterDraft)
        case .balance: break
        }
    }

    mutating func profileKey(_ key: Key) -> [Effect] {
        switch key {
        case .up, .character("k"): profileSelection = max(0, profileSelection - 1)
        case .down, .character("j"): profileSelection = min(profileNames.count - 1, profileSelection + 1)
        case .enter:
            overlay = .none
            guard let openProfile else { return [] }
            let name = profileNames[profileSelection]
            inFlight[.profile] = now
            return [{
                switch await openProfile(name) {
                case .success(let connection): .profileOpened(connection, problem: nil)
                case .failure(let problem): .profileOpened(nil, problem: problem.text)
                }
            }]
        default: overlay = .none
        }
        return []
    }

    mutating func confirmDeleteKey(_ key: Key) -> [Effect] {
        overlay = .none
        guard let address = addresses.pendingDelete else { return [] }
        addresses.pendingDelete = nil
        guard key == .character("y") || key == .character("Y") else {
            say(text.deleteCancelled)
            return []
        }
        addresses.deleting.insert(address.id)
        inFlight[.delete(address.id)] = now
        return [service.delete(address.id)]
    }

    mutating func formKey(_ key: Key) -> [Effect] {
        guard !form.submitting else { return [] }
        switch key {
        case .escape:
            overlay = .none
            if form.hasInput { say(text.formKept(keys.label(for: .add, in: text))) }
        case .tab, .down:
            _ = form.completeCountry()
            form.moveFocus(by: 1)
        case .backTab, .up: form.moveFocus(by: -1)
        case .enter:
            guard let address = form.validated() else {
                warn(text.fixMarkedFields)
                return []
            }
            form.submitting = true
            inFlight[.add] = now
            return [service.add(address, known: addresses.list.rows)]
        case .character(let c): form.type(c)
        default: form.edit(key)
        }
        return []
    }
}
