import AfilnetAPI
import Foundation

/// What keys and pastes do while an overlay takes them: the filter line, the add form, the
/// delete confirmation and the profile switcher.
extension AppModel {
    mutating func filterKey(_ key: Key) -> [Effect] {
        switch key {
        case .enter: overlay = .none
        case .escape:
            filter = LineEditor()
            overlay = .none
            return applyFilter()
        case .character(let c):
            filter.insert(String(c))
            return applyFilter()
        default:
            if filter.edit(key) { return applyFilter() }
        }
        return []
    }

    /// A paste goes into the field being typed in, whole; anywhere else it is dropped and
    /// said, as its characters must not act as keys.
    mutating func paste(_ pasted: String) -> [Effect] {
        switch overlay {
        case .form where !form.submitting:
            if !form.paste(pasted) { warn(text.pasteIgnored) }
        case .filter:
            filter.insert(PastedText.oneLine(pasted))
            return applyFilter()
        default: warn(text.pasteIgnored)
        }
        return []
    }

    /// The filter as typed so far, on the focused list: a large address list is searched off
    /// the loop's thread, and a newer key overtakes an older search.
    mutating func applyFilter() -> [Effect] {
        switch focus {
        case .addresses: return deriving(addresses.list.setFilter(filterDraft))
        case .channels: channels.list.finish(channels.list.setFilter(filterDraft)?.run())
        case .requests: requests.list.finish(requests.list.setFilter(filterDraft)?.run())
        case .balance: break
        }
        return []
    }

    mutating func profileKey(_ key: Key) -> [Effect] {
        switch key {
        case .up, .character("k"): profileSelection = max(0, profileSelection - 1)
        case .down, .character("j"): profileSelection = min(profileNames.count - 1, profileSelection + 1)
        case .enter:
            overlay = .none
            guard context.openProfile != nil, profileNames.indices.contains(profileSelection) else { return [] }
            inFlight[.profile] = now
            return [.openProfile(profileNames[profileSelection])]
        default: overlay = .none
        }
        return []
    }

    mutating func confirmDeleteKey(_ key: Key, _ address: Address) -> [Effect] {
        overlay = .none
        guard key == .character("y") || key == .character("Y") else {
            say(text.deleteCancelled)
            return []
        }
        inFlight[.delete(address.id)] = now
        return [.deleteAddress(id: address.id)]
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
            return [.addAddress(address, known: addresses.list.rows)]
        case .character(let c): form.type(c)
        default: form.edit(key)
        }
        return []
    }
}
