import Foundation
import AccountModel
import AfilnetAPI

/// What covers the panes: the add form, help, confirmations and details.
enum OverlayViews {
    static let fieldLabels: [AddressField: String] = [
        .contactName: "Contact name", .isCompany: "Company?", .companyName: "Company name",
        .documentID: "Document", .country: "Country", .cityID: "City id", .cityName: "City",
        .zipCode: "ZIP code", .street: "Street",
    ]

    static func form(_ model: AppModel, in area: Rect, grid: inout Grid) {
        let form = model.form
        let rect = area.centred(width: 72, height: AddressFormModel.fields.count + 4)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: "Add address", titleStyle: .dialogTitle)
        let inner = rect.inner
        let labelWidth = 14
        let fieldX = inner.x + labelWidth + 1
        let fieldWidth = max(4, min(30, inner.width - labelWidth - 2))
        var y = inner.y
        for (index, field) in AddressFormModel.fields.enumerated() where y < inner.y + inner.height - 1 {
            let focused = index == form.focus
            let enabled = form.isEnabled(field)
            grid.put((focused ? "›" : " ") + (fieldLabels[field] ?? ""), x: inner.x, y: y, style: enabled ? .dialog : .muted, limit: labelWidth)
            let value: String
            if field == .isCompany {
                value = form.isCompany ? "[x] yes" : "[ ] no"
            } else {
                value = enabled ? (form.text[field] ?? "") : "(companies only)"
            }
            let style: Style = form.problems[field] != nil ? .fieldError : (focused ? .fieldFocused : (enabled ? .field : .muted))
            // The end of what is typed stays visible when it is longer than the field.
            let shown = DisplayWidth.of(value) > fieldWidth - 1 ? "…" + String(value.suffix(fieldWidth - 2)) : value
            grid.putFitted(shown + (focused && field != .isCompany ? "▏" : ""), x: fieldX, y: y, columns: fieldWidth, style: style)
            let noteX = fieldX + fieldWidth + 1
            if let problem = form.problems[field] {
                grid.put(problemText(problem), x: noteX, y: y, style: .error, limit: inner.x + inner.width - noteX)
            } else if field == .country, focused {
                let suggestions = form.countrySuggestions.prefix(3).map { "\($0.code) \($0.name)" }.joined(separator: ", ")
                grid.put(suggestions, x: noteX, y: y, style: .muted, limit: inner.x + inner.width - noteX)
            } else if field == .country, let country = Country.named(code: form.text[.country] ?? ""), (form.text[.country] ?? "").count == 2 {
                grid.put(country.name, x: noteX, y: y, style: .muted, limit: inner.x + inner.width - noteX)
            }
            y += 1
        }
        let hint: String
        if form.submitting {
            hint = "Sending…"
        } else if let error = form.formError {
            hint = error.description
        } else {
            hint = "Tab/↓ next · S-Tab/↑ back · Enter send · Esc close (input kept)"
        }
        grid.put(hint, x: inner.x, y: inner.y + inner.height - 1, style: form.formError == nil ? .muted : .error, limit: inner.width)
    }

    static func problemText(_ kind: FieldProblem.Kind) -> String {
        switch kind {
        case .required: "required"
        case .tooLong: "too long"
        case .unknownCountry: "not an ISO country code"
        case .notAPositiveNumber: "a number above 0"
        case .refused(let code): "\(code.code): \(code.explanation)"
        }
    }

    /// Every action with its effective keys, read from the same table that dispatches them;
    /// in two columns when one does not fit the height.
    static func help(_ model: AppModel, in area: Rect, grid: inout Grid) {
        let lines = Action.allCases.map { action -> (String, String) in
            (model.keys.keys(for: action).map(\.description).joined(separator: " "), helpText[action] ?? action.rawValue)
        }
        let room = max(1, area.height - 4)
        let columns = min(2, (lines.count + room - 1) / room)
        let perColumn = (lines.count + columns - 1) / columns
        let columnWidth = columns == 1 ? 62 : min(50, (area.width - 4) / 2)
        let rect = area.centred(width: columnWidth * columns + 2, height: perColumn + 3)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: "Keys", titleStyle: .dialogTitle)
        let inner = rect.inner
        for (index, line) in lines.enumerated() {
            let x = inner.x + (index / perColumn) * columnWidth
            let y = inner.y + index % perColumn
            guard y < inner.y + inner.height - 1 else { continue }
            grid.putFitted(line.0, x: x + 1, y: y, columns: 10, style: .footerKey)
            grid.put(line.1, x: x + 12, y: y, style: .dialog, limit: columnWidth - 13)
        }
        grid.put("Any key closes this help.", x: inner.x + 1, y: inner.y + inner.height - 1, style: .muted, limit: inner.width - 1)
    }

    static let helpText: [Action: String] = [
        .quit: "quit (asks if input is unsent)", .help: "this help", .nextPane: "next pane",
        .previousPane: "previous pane", .showBalance: "balance", .showAddresses: "addresses",
        .showChannels: "channels", .showRequests: "requests (the journal)", .up: "move up", .down: "move down",
        .pageUp: "page up", .pageDown: "page down", .top: "first row", .bottom: "last row",
        .refresh: "refresh the pane", .filter: "filter rows (Esc clears)", .sort: "sort (again: reverse)",
        .add: "add an address", .delete: "delete address (asks first)", .toggle: "channel on/off",
        .open: "open details", .export: "export the requests (JSON Lines)", .profiles: "switch profile",
    ]

    /// The config's profiles; the live one is marked.
    static func profiles(_ model: AppModel, in area: Rect, grid: inout Grid) {
        let rect = area.centred(width: 48, height: model.profileNames.count + 4)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: "Profiles", titleStyle: .dialogTitle)
        let inner = rect.inner
        for (index, name) in model.profileNames.enumerated() where index < inner.height - 1 {
            let selected = index == model.profileSelection
            let live = name == model.session.profile ? "  (live)" : ""
            grid.put((selected ? "▶" : " ") + name + live, x: inner.x + 1, y: inner.y + index, style: selected ? .selection : .dialog, limit: inner.width - 2)
        }
        grid.put("Enter switches; the data shown is reloaded.", x: inner.x + 1, y: inner.y + inner.height - 1, style: .muted, limit: inner.width - 2)
    }

    static func confirm(_ question: String, in area: Rect, grid: inout Grid) {
        let width = min(area.width, max(36, DisplayWidth.of(question) + 6))
        let rect = area.centred(width: width, height: 5)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: "Confirm", titleStyle: .dialogTitle)
        grid.put(question, x: rect.x + 2, y: rect.y + 1, style: .dialog, limit: rect.width - 4)
        grid.put("y yes · any other key no", x: rect.x + 2, y: rect.y + 3, style: .muted, limit: rect.width - 4)
    }

    static func details(_ title: String, _ pairs: [(String, String)], in area: Rect, grid: inout Grid) {
        let rect = area.centred(width: 76, height: pairs.count + 4)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .dialog)
        grid.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .focusedBorder, title: title, titleStyle: .dialogTitle)
        let inner = rect.inner
        for (index, pair) in pairs.enumerated() where index < inner.height - 1 {
            grid.putFitted(pair.0, x: inner.x + 1, y: inner.y + index, columns: 16, style: .tableHeader)
            grid.put(pair.1, x: inner.x + 18, y: inner.y + index, style: .dialog, limit: inner.width - 18)
        }
        grid.put("Any key closes.", x: inner.x + 1, y: inner.y + inner.height - 1, style: .muted, limit: inner.width - 1)
    }

    static func addressPairs(_ a: Address) -> [(String, String)] {
        [("Id", String(a.id)), ("Contact name", a.contactName), ("Company", a.isCompany ? a.companyName : "(person)"),
         ("Document", a.documentID), ("Country", a.countryCode + (Country.named(code: a.countryCode).map { " " + $0.name } ?? "")),
         ("City", "\(a.cityName) (id \(a.cityID))"), ("ZIP code", a.zipCode), ("Street", a.street),
         ("Document ok", a.verified ? "verified" : "not verified"), ("Address ok", a.addressVerified ? "verified" : "not verified")]
    }

    static func requestPairs(_ e: JournalEntry) -> [(String, String)] {
        [("Time", PaneViews.clock(e.time)), ("Endpoint", e.endpoint), ("Method", "\(e.apiClass).\(e.method)"),
         ("Auth", e.auth), ("Attempt", String(e.attempt)), ("HTTP status", e.httpStatus == 0 ? "none" : String(e.httpStatus)),
         ("Outcome", e.outcome), ("Duration", String(format: "%.1f ms", e.durationMilliseconds)),
         ("Parameters", RequestsModel.parameters(e, credentials: true)), ("Response", String(e.response.prefix(300)))]
    }
}
