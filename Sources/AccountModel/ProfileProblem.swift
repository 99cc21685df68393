import AfilnetAPI
import Foundation

public struct ProfileProblem: Error, Sendable {
    public let text: String
    public init(_ text: String) { self.text = text }
}
