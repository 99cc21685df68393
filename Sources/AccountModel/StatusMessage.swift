import Foundation

/// A line in the status bar.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable { case info, warning, error }
    public var text: String
    public var kind: Kind
    public var expires: Date?

    public init(text: String, kind: Kind, expires: Date? = nil) {
        self.text = text
        self.kind = kind
        self.expires = expires
    }
}
