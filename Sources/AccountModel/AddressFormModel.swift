import Foundation
import AfilnetAPI

/// The add-address form: what was typed (never dropped on failure), the focused field,
/// problems per field (local or from the server), and submission state.
public struct AddressFormModel: Sendable {
    /// The fields in form order; `isCompany` is a toggle, the others text.
    public static let fields: [AddressField] = [
        .contactName, .isCompany, .companyName, .documentID, .country, .cityID, .cityName, .zipCode, .street,
    ]

    /// What is typed in each text field, with its cursor.
    public var editors: [AddressField: LineEditor] = [:]
    /// What is typed in `field` ("" when nothing): read field by field, as the renderer does
    /// on every frame, without building `text`.
    public func value(_ field: AddressField) -> String { editors[field]?.text ?? "" }
    /// The typed text by field (setting it puts each cursor at the end).
    public var text: [AddressField: String] {
        get { editors.mapValues(\.text) }
        set { editors = newValue.mapValues { LineEditor($0) } }
    }
    public var isCompany = false
    public var focus = 0
    public var problems: [AddressField: FieldProblem.Kind] = [:]
    /// A problem that concerns no single field (a lost answer, an unknown code).
    public var formError: AfilnetError?
    /// The account's own city ids (the city id's help), made when the field is first
    /// reached after the list was read.
    public internal(set) var cities: CityDirectory?

    public init() {}

    /// A form holding `address` (a write that did not happen, given back).
    public init(_ address: NewAddress) {
        text = [
            .contactName: address.contactName, .companyName: address.companyName, .documentID: address.documentID,
            .country: address.countryCode, .cityID: String(address.cityID), .cityName: address.cityName,
            .zipCode: address.zipCode, .street: address.street,
        ].filter { !$0.value.isEmpty }
        isCompany = address.isCompany
    }

    /// Whether what is typed is `address` (as `validated` would send it).
    func holds(_ address: NewAddress) -> Bool {
        var copy = self
        return copy.validated() == address
    }

    public var focusedField: AddressField { Self.fields[focus] }

    /// Typed anything at all (quitting then asks first).
    public var hasInput: Bool { isCompany || editors.values.contains { !$0.text.isEmpty } }

    /// Fields that are usable now: the company name only for companies.
    public func isEnabled(_ field: AddressField) -> Bool { field != .companyName || isCompany }

    /// Country names and codes that complete what is typed in the country field.
    public var countrySuggestions: [Country] {
        let typed = value(.country).trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return [] }
        if typed.utf8.count == 2, let exact = Country.named(code: typed) { return [exact] }
        return Country.completing(typed)
    }

    mutating func moveFocus(by delta: Int) {
        var next = focus
        repeat {
            next = (next + delta + Self.fields.count) % Self.fields.count
        } while !isEnabled(Self.fields[next])
        focus = next
    }

    mutating func type(_ character: Character) {
        let field = focusedField
        if field == .isCompany {
            if character == " " { isCompany.toggle() }
            return
        }
        if field == .cityID, !(character.isASCII && character.isWholeNumber) {
            // Letters look a city up by name in the help; else said at once, never dropped unseen.
            let typed = value(.cityID) + String(character)
            guard let cities, !cities.matching(typed, in: countryCode).isEmpty, !typed.first!.isNumber else {
                problems[field] = .notAPositiveNumber
                return
            }
        }
        editors[field, default: LineEditor()].insert(String(character))
        problems[field] = nil
    }

    /// An edit (cursor moves, deletions) on the focused text field.
    mutating func edit(_ edit: LineEdit) {
        let field = focusedField
        guard field != .isCompany else { return }
        editors[field, default: LineEditor()].edit(edit)
        if !edit.movesOnly { problems[field] = nil }
    }

    /// Pasted text into the focused field, as one line; false when the field takes no text.
    mutating func paste(_ pasted: String) -> Bool {
        let field = focusedField
        guard field != .isCompany else { return false }
        var line = PastedText.oneLine(pasted)
        if field == .cityID {
            line = line.trimmingCharacters(in: .whitespaces)
            guard line.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else {
                problems[field] = .notAPositiveNumber
                return true
            }
        }
        editors[field, default: LineEditor()].insert(line)
        problems[field] = nil
        return true
    }

    /// The country typed, by code or by name (English or Estonian), when it is one.
    var country: Country? {
        let typed = value(.country).trimmingCharacters(in: .whitespaces)
        return (typed.utf8.count == 2 ? Country.named(code: typed) : nil) ?? Country.named(typed)
    }

    /// The country code as typed or chosen (a name is looked up), for the city help.
    public var countryCode: String {
        country?.code ?? value(.country).trimmingCharacters(in: .whitespaces).uppercased()
    }

    /// The account's cities that complete what is typed in the city id (by number or name).
    public var citySuggestions: [CityDirectory.City] {
        guard let cities, !countryCode.isEmpty else { return [] }
        return cities.matching(value(.cityID), in: countryCode)
    }

    /// Leaving the city id with a name typed: it becomes the id of the first city that
    /// matches, and an empty city name takes that city's name. A number stays as typed.
    mutating func completeCity() {
        let typed = value(.cityID).trimmingCharacters(in: .whitespaces)
        guard focusedField == .cityID, !typed.isEmpty, !typed.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
            let city = citySuggestions.first
        else { return }
        editors[.cityID] = LineEditor(String(city.id))
        problems[.cityID] = nil
        if value(.cityName).isEmpty { editors[.cityName] = LineEditor(city.name) }
    }

    /// Takes the single country completion, if there is one.
    mutating func completeCountry() -> Bool {
        guard focusedField == .country, let only = countrySuggestions.first, countrySuggestions.count == 1 else { return false }
        editors[.country] = LineEditor(only.code)
        return true
    }

    /// The address to send, or nil with `problems` filled in.
    mutating func validated() -> NewAddress? {
        let country = country?.code ?? value(.country).trimmingCharacters(in: .whitespaces)
        let address = NewAddress(
            contactName: value(.contactName), isCompany: isCompany, companyName: value(.companyName),
            documentID: value(.documentID), countryCode: country, cityID: Int64(value(.cityID)) ?? 0,
            cityName: value(.cityName), zipCode: value(.zipCode), street: value(.street))
        problems = Dictionary(
            address.problems().compactMap { problem in AddressField(problem.field).map { ($0, problem.kind) } },
            uniquingKeysWith: { first, _ in first })
        formError = nil
        if let first = Self.fields.firstIndex(where: { problems[$0] != nil }) {
            focus = first
            return nil
        }
        return address
    }

    /// A refused submit: the server's code goes on its field; the input stays as typed.
    mutating func refused(_ error: AfilnetError) {
        if case .api(let code) = error, let field = code.parameter.flatMap(AddressField.init) {
            problems[field] = .refused(code)
            focus = Self.fields.firstIndex(of: field) ?? focus
        } else {
            formError = error
        }
    }
}
