import AfilnetAPI

/// The add form's unsent input, kept across a session that a dropped connection (SIGHUP) or
/// SIGTERM ended: what was typed comes back next time instead of being lost with the process.
public struct FormDraft: Codable, Sendable, Equatable {
    /// Typed text by field name (`contactName`, `street`…).
    public var fields: [String: String]
    public var isCompany: Bool
    /// It was being sent when the session ended: the address may have been added.
    public var wasSubmitting: Bool

    /// The form's input, or nil when there is none to keep; `sending`: its address was on
    /// its way (`AppModel.formIsSending`).
    public init?(_ form: AddressFormModel, sending: Bool = false) {
        guard form.hasInput else { return nil }
        fields = Dictionary(uniqueKeysWithValues: form.text.filter { !$0.value.isEmpty }.map { ($0.key.rawValue, $0.value) })
        isCompany = form.isCompany
        wasSubmitting = sending
    }

    /// A form holding this input again (fields of names this version does not know are dropped).
    public var form: AddressFormModel {
        var form = AddressFormModel()
        form.text = Dictionary(uniqueKeysWithValues: fields.compactMap { name, value in AddressField(rawValue: name).map { ($0, value) } })
        form.isCompany = isCompany
        return form
    }
}
