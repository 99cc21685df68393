import Foundation

/// The account balance: an exact decimal, as the server wrote it (`152.34`, `10.500`).
public struct Balance: Sendable, Equatable {
    public let amount: Decimal
    /// The figure as sent, so its precision is shown as the provider keeps it.
    public let text: String

    public init(amount: Decimal, text: String) {
        self.amount = amount
        self.text = text
    }

    public init?(text: String) {
        guard let amount = JSONValue.string(text).decimal else { return nil }
        self.init(amount: amount, text: text)
    }
}
