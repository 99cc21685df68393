import AccountModel
import AfilnetAPI
import Foundation
import Localization
import TerminalText

/// What covers the panes: the add form, help, confirmations and details.
enum OverlayViews {
    static func fieldLabel(_ field: AddressField, _ text: Catalogue) -> String {
        switch field {
        case .contactName: text.fieldContactName
        case .isCompany: text.fieldIsCompany
        case .companyName: text.fieldCompanyName
        case .documentID: text.fieldDocument
        case .country: text.fieldCountry
        case .cityID: text.fieldCityID
        case .cityName: text.fieldCityName
        case .zipCode: text.fieldZip
        case .street: text.fieldStreet
        }
    }

    static func form(_ model: AppModel, in area: Rect, grid: inout Grid) {
        let form = model.form, text = model.text
        let rect = area.centred(width: 72, height: AddressFormModel.fields.count + 4)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: text.formTitle, titleStyle: .dialogTitle)
        let inner = rect.inner
        // The focus mark and the longest label of this language.
        let labelWidth = max(14, 1 + (AddressFormModel.fields.map { DisplayWidth.of(fieldLabel($0, text)) }.max() ?? 0))
        let fieldX = inner.x + labelWidth + 1
        let fieldWidth = max(4, min(30, inner.width - labelWidth - 2))
        var y = inner.y
        for (index, field) in AddressFormModel.fields.enumerated() where y < inner.y + inner.height - 1 {
            let focused = index == form.focus
            let enabled = form.isEnabled(field)
            grid.put((focused ? "›" : " ") + fieldLabel(field, text), x: inner.x, y: y, style: enabled ? .dialog : .muted, limit: labelWidth)
            let style: Style = form.problems[field] != nil ? .fieldError : (focused ? .fieldFocused : (enabled ? .field : .muted))
            if field == .isCompany {
                grid.putFitted(form.isCompany ? "[x] " + text.yes : "[ ] " + text.no, x: fieldX, y: y, columns: fieldWidth, style: style)
            } else if focused {
                let window = FieldWindow(form.editors[field] ?? LineEditor(), columns: fieldWidth)
                grid.putFitted(window.shown, x: fieldX, y: y, columns: fieldWidth, style: style)
                grid.cursor = Grid.Position(x: fieldX + window.cursorColumn, y: y)
            } else {
                grid.putFitted(enabled ? form.value(field) : text.companiesOnly, x: fieldX, y: y, columns: fieldWidth, style: style)
            }
            // A note too long for what is left of the line ends in … (the status line says
            // the whole of a refusal).
            let noteX = fieldX + fieldWidth + 1
            if let problem = form.problems[field] {
                grid.putClipped(problemText(problem, text), x: noteX, y: y, columns: inner.x + inner.width - noteX, style: .error)
            } else if field == .country, focused {
                let suggestions = form.countrySuggestions.prefix(3).map { "\($0.code) \($0.name(in: text.language))" }.joined(separator: ", ")
                grid.putClipped(suggestions, x: noteX, y: y, columns: inner.x + inner.width - noteX, style: .muted)
            } else if field == .country, form.value(.country).count == 2, let country = Country.named(code: form.value(.country)) {
                grid.putClipped(country.name(in: text.language), x: noteX, y: y, columns: inner.x + inner.width - noteX, style: .muted)
            }
            y += 1
        }
        // Sending, or what went wrong with no field to blame, or the city id's help; the keys
        // are in the footer.
        let note = model.formIsSending ? text.sending : form.formError?.text(in: text)
        if let note {
            grid.put(note, x: inner.x, y: inner.y + inner.height - 1, style: form.formError == nil ? .muted : .error, limit: inner.width)
        } else if form.focusedField == .cityID, form.cities != nil, !form.countryCode.isEmpty {
            let country = Country.named(code: form.countryCode).map { $0.name(in: text.language) } ?? form.countryCode
            let cities = form.citySuggestions.prefix(4).map { text.cityChoice($0.id, $0.name, $0.count) }
            let help = cities.isEmpty ? text.cityHelpNone(country) : text.cityHelp(country, cities.joined(separator: ", "))
            // Over the two rows under the fields.
            let lines = TextWrap.lines(help, width: max(1, inner.width - 1)).prefix(2)
            for (index, line) in lines.enumerated() {
                grid.putClipped(line, x: inner.x + 1, y: inner.y + inner.height - lines.count + index, columns: inner.width - 1, style: .muted)
            }
        }
    }

    static func problemText(_ kind: FieldProblem.Kind, _ text: Catalogue) -> String {
        switch kind {
        case .required: text.problemRequired
        case .tooLong: text.problemTooLong
        case .unknownCountry: text.problemUnknownCountry
        case .notAPositiveNumber: text.problemNotAPositiveNumber
        case .refused(let code): AfilnetError.api(code).text(in: text)
        }
    }

    /// Every action with its effective keys, read from the same table that dispatches them;
    /// in two columns when one does not fit the height.
    static func help(_ model: AppModel, in area: Rect, grid: inout Grid) {
        // The panes' actions; the overlays name theirs in their own footers.
        let lines = Action.allCases.filter { !$0.scope.isOverlay }.map { action -> (String, String) in
            (model.keys.keys(for: action).map { $0.label(in: model.text) }.joined(separator: " "), action.help(in: model.text))
        }
        let room = max(1, area.height - 5)
        let columns = min(2, (lines.count + room - 1) / room)
        let perColumn = (lines.count + columns - 1) / columns
        let columnWidth = columns == 1 ? 72 : min(50, (area.width - 4) / 2)
        let rect = area.centred(width: columnWidth * columns + 2, height: perColumn + 4)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: model.text.helpTitle, titleStyle: .dialogTitle)
        let inner = rect.inner
        let keyWidth = min(12, lines.map { DisplayWidth.of($0.0) }.max() ?? 1)
        for (index, line) in lines.enumerated() {
            let x = inner.x + (index / perColumn) * columnWidth
            let y = inner.y + index % perColumn
            guard y < inner.y + inner.height - 2 else { continue }
            grid.putFitted(line.0, x: x + 1, y: y, columns: keyWidth, style: .footerKey)
            grid.put(line.1, x: x + keyWidth + 2, y: y, style: .dialog, limit: columnWidth - keyWidth - 3)
        }
        grid.put(model.text.helpTyping(model.keys.editingKeys(in: model.text)), x: inner.x + 1, y: inner.y + inner.height - 2, style: .dialog, limit: inner.width - 1)
        grid.put(model.text.helpClose, x: inner.x + 1, y: inner.y + inner.height - 1, style: .muted, limit: inner.width - 1)
    }

    /// The config's profiles; the live one is marked.
    static func profiles(_ model: AppModel, in area: Rect, grid: inout Grid) {
        let rect = area.centred(width: 48, height: model.profileNames.count + 4)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: model.text.profilesTitle, titleStyle: .dialogTitle)
        let inner = rect.inner
        for (index, name) in model.profileNames.enumerated() where index < inner.height - 1 {
            let selected = index == model.profileSelection
            let live = name == model.session.profile ? "  " + model.text.profilesLive : ""
            grid.put((selected ? "▶" : " ") + name + live, x: inner.x + 1, y: inner.y + index, style: selected ? .selection : .dialog, limit: inner.width - 2)
        }
        grid.put(model.text.profilesHint(model.keys.label(for: .profileSwitch, in: model.text)), x: inner.x + 1, y: inner.y + inner.height - 1, style: .muted, limit: inner.width - 2)
    }

    /// A question, wrapped to at most 64 columns (and the room there is), and its keys.
    static func confirm(_ question: String, _ model: AppModel, in area: Rect, grid: inout Grid) {
        let text = model.text
        let width = min(area.width, max(36, min(64, DisplayWidth.of(question) + 6)))
        let lines = TextWrap.lines(question, width: max(1, width - 4)).prefix(max(1, area.height - 4))
        let rect = area.centred(width: width, height: lines.count + 4)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: text.confirmTitle, titleStyle: .dialogTitle)
        for (index, line) in lines.enumerated() {
            grid.put(line, x: rect.x + 2, y: rect.y + 1 + index, style: .dialog, limit: rect.width - 4)
        }
        grid.put(model.keys.hint(model.overlay.hints, in: text), x: rect.x + 2, y: rect.y + lines.count + 2, style: .muted, limit: rect.width - 4)
    }

    /// Label and value rows; a long value wraps under its label (a request's parameters and
    /// response are rarely short), and what the height cannot hold ends in "…".
    static func details(_ title: String, _ pairs: [(String, String)], _ text: Catalogue, in area: Rect, grid: inout Grid) {
        let values = pairs.map { TerminalSafeText.sanitize($0.1) }
        let longest = values.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(area.width, max(76, min(longest + 21, 120, area.width - 8)))
        let valueWidth = max(1, width - 2 - 18 - 1)
        var rows: [(label: String, value: String)] = []
        for ((label, _), value) in zip(pairs, values) {
            for (index, line) in TextWrap.lines(value, width: valueWidth).enumerated() {
                rows.append((index == 0 ? label : "", line))
            }
        }
        let room = max(1, area.height - 4)
        if rows.count > room {
            rows.removeLast(rows.count - room)
            rows[room - 1].value = DisplayWidth.fit(rows[room - 1].value + " …", valueWidth)
        }
        let rect = area.centred(width: width, height: rows.count + 4)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: title, titleStyle: .dialogTitle)
        let inner = rect.inner
        for (index, row) in rows.enumerated() where index < inner.height - 1 {
            grid.putFitted(row.label, x: inner.x + 1, y: inner.y + index, columns: 16, style: .tableHeader)
            grid.put(row.value, x: inner.x + 18, y: inner.y + index, style: .dialog, limit: inner.width - 18)
        }
        grid.put(text.detailsClose, x: inner.x + 1, y: inner.y + inner.height - 1, style: .muted, limit: inner.width - 1)
    }

    static func addressPairs(_ a: Address, _ t: Catalogue) -> [(String, String)] {
        let country = Country.named(code: a.countryCode).map { " " + $0.name(in: t.language) } ?? ""
        return [
            (t.columnID, String(a.id)), (t.fieldContactName, a.contactName), (t.columnCompany, a.isCompany ? a.companyName : t.person),
            (t.fieldDocument, a.documentID), (t.fieldCountry, a.countryCode + country),
            (t.fieldCityName, t.cityWithID(a.cityName, a.cityID)), (t.fieldZip, a.zipCode), (t.fieldStreet, a.street),
            (t.detailDocumentOK, a.verified ? t.verified : t.notVerified),
            (t.detailAddressOK, a.addressVerified ? t.verified : t.notVerified),
        ]
    }

    static func requestPairs(_ e: JournalEntry, _ t: Catalogue) -> [(String, String)] {
        let duration = t.decimal(String(format: "%.1f", e.durationMilliseconds)) + " ms"
        return [
            (t.columnTime, ClockText.of(e.time)), (t.detailEndpoint, e.endpoint), (t.columnMethod, e.apiClass.isEmpty ? e.method : "\(e.apiClass).\(e.method)"),
            (t.detailAPI, e.api), (t.detailAuth, e.auth), (t.detailAttempt, String(e.attempt)),
            (t.detailHTTPStatus, e.httpStatus == 0 ? t.none : String(e.httpStatus)),
            (t.columnOutcome, e.outcome), (t.detailDuration, duration),
            (t.columnParameters, RequestsModel.parameters(e, credentials: true)), (t.detailResponse, String(e.response.prefix(4000))),
        ]
    }
}
