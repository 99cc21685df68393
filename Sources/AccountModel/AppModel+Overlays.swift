import AfilnetAPI
import Foundation

/// What keys and pastes do while an overlay takes them: the filter line, the add form, the
/// delete confirmation and the profile switcher.
extension AppModel {
    mutating func filterKey(_ key: Key, _ line: LineEditor) -> [Effect] {
        var line = line
        switch keys.action(for: key, in: [.filterLine, .editing]) {
        case .filterKeep: overlay = .none
        case .filterClear:
            overlay = .none
            return onFocusedList(.setFilter(""))
        case let action?:
            guard let edit = action.lineEdit else { return [] }
            let before = line.text
            line.edit(edit)
            overlay = .filterLine(line)
            // A cursor move searches nothing again (on a large list, a search off the thread).
            if line.text != before { return applyFilter() }
        case nil:
            guard case .character(let c) = key else { return [] }
            line.insert(String(c))
            overlay = .filterLine(line)
            return applyFilter()
        }
        return []
    }

    /// A paste goes into the field being typed in, whole; anywhere else it is dropped and
    /// said, as its characters must not act as keys.
    mutating func paste(_ pasted: String) -> [Effect] {
        switch overlay {
        case .form where !formIsSending:
            if !form.paste(pasted) { warn(text.pasteIgnored) }
        case .filterLine(var line):
            line.insert(PastedText.oneLine(pasted))
            overlay = .filterLine(line)
            return applyFilter()
        default: warn(text.pasteIgnored)
        }
        return []
    }

    /// The filter as typed so far, on the focused list: a large address list is searched off
    /// the loop's thread, and a newer key overtakes an older search.
    mutating func applyFilter() -> [Effect] { onFocusedList(.setFilter(filterDraft)) }

    mutating func profileKey(_ key: Key, _ selection: Int) -> [Effect] {
        switch keys.action(for: key, in: [.profiles]) {
        case .profileUp: overlay = .profiles(selection: max(0, selection - 1))
        case .profileDown: overlay = .profiles(selection: min(profileNames.count - 1, selection + 1))
        case .profileSwitch:
            overlay = .none
            guard profileNames.indices.contains(selection) else { return [] }
            return switchProfile(to: profileNames[selection])
        default: overlay = .none
        }
        return []
    }

    /// The session to another profile's account; with a write of this session still on its
    /// way, asked first, naming it.
    mutating func switchProfile(to name: String) -> [Effect] {
        guard context.openProfile != nil else { return [] }
        if writes.all.contains(where: { $0.origin.session == origin.session }) {
            overlay = .confirmSwitch(name)
            return []
        }
        return openProfile(name)
    }

    mutating func confirmDeleteKey(_ key: Key, _ address: Address) -> [Effect] {
        overlay = .none
        guard keys.action(for: key, in: [.confirm]) == .confirmYes else {
            say(text.deleteCancelled)
            return []
        }
        guard enter(.delete(address.id)) else { return [] }
        return [.deleteAddress(id: address.id)]
    }

    mutating func formKey(_ key: Key) -> [Effect] {
        let action = keys.action(for: key, in: [.form, .editing])
        if formIsSending {
            // The form is locked while its address is on its way: it may be closed (and
            // opened again as it is), never sent twice.
            if action == .formClose { overlay = .none }
            if action == .formSend, let sent = writes.all.first(where: { if case .add = $0.intent { true } else { false } }) {
                warn(text.stillOnItsWay(sent.intent.text(in: text)))
            }
            return []
        }
        switch action {
        case .formClose:
            overlay = .none
            if form.hasInput { say(text.formKept(keys.label(for: .add, in: text))) }
        case .formNext:
            _ = form.completeCountry()
            form.completeCity()
            form.moveFocus(by: 1)
        case .formPrevious: form.moveFocus(by: -1)
        case .formSend:
            guard let address = form.validated() else {
                warn(text.fixMarkedFields)
                return []
            }
            guard enter(.add(address)) else { return [] }
            return [.addAddress(address, known: panes.addresses.list.rows)]
        case let action?:
            if let edit = action.lineEdit { form.edit(edit) }
        case nil:
            if case .character(let c) = key { form.type(c) }
        }
        prepareCityHelp()
        return []
    }

    /// The city id's help, made from the list the first time the field is reached (a scan
    /// of the rows; a new read of the list makes it again).
    mutating func prepareCityHelp() {
        if form.focusedField == .cityID, form.cities == nil { form.cities = CityDirectory(panes.addresses.list.rows) }
    }
}

extension AppModel {
    mutating func confirmBulkDeleteKey(_ key: Key) -> [Effect] {
        overlay = .none
        guard keys.action(for: key, in: [.confirm]) == .confirmYes else {
            say(text.deleteCancelled)
            return []
        }
        // An address whose delete is already on its way is not asked for twice.
        let job = BulkDelete(panes.addresses.marked.filter { !writes.contains(.delete($0), of: origin.account) })
        guard let first = job.current else { return [] }
        bulk = job
        status = StatusMessage(text: bulkProgressText, kind: .info)
        _ = writes.enter(.delete(first), from: origin, at: now)
        return [.deleteAddress(id: first)]
    }

    /// One answer of a bulk delete: the next id, or the summary and a fresh list.
    mutating func bulkDeleted(_ id: Int64, _ result: Result<WriteReceipt, AfilnetError>) -> [Effect] {
        guard var job = bulk else { return [] }
        var failure: String?
        if case .failure(let error) = result { failure = error.text(in: text) } else { panes.addresses.marked.remove(id) }
        var next = job.settle(id, failure: failure)
        // One deleted meanwhile by another path (`d` on its row) is on its way already.
        while let candidate = next, !writes.enter(.delete(candidate), from: origin, at: now) {
            next = job.settle(candidate, failure: text.stillOnItsWay(WriteIntent.delete(candidate).text(in: text)))
        }
        bulk = job
        if let next {
            status = StatusMessage(text: bulkProgressText, kind: .info)
            return [.deleteAddress(id: next)]
        }
        bulk = nil
        let summary = job.stopping && !job.queue.isEmpty
            ? text.bulkStopped(job.deleted, job.total)
            : text.bulkDone(job.deleted, job.total, job.failures.count)
        if let first = job.failures.first {
            status = StatusMessage(text: summary + " " + text.bulkFirstFailure(first.id, first.reason), kind: .error)
        } else {
            say(summary)
        }
        return loadAddresses().map { [$0] } ?? []
    }

    /// "Deleting 3 of 10 marked addresses… Esc stops".
    var bulkProgressText: String {
        guard let bulk else { return "" }
        return text.bulkProgress(bulk.done + 1, bulk.total, keys.label(for: .stop, in: text))
    }
}
