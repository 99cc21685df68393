import Foundation
import Localization

/// A TLS failure in terms a user can act on (docs/api.md, "The road: proxies and trust"),
/// worked out by `TLSDiagnosis` from the handshake's error and the certificate the server
/// presented.
public enum TLSProblem: Sendable, Equatable {
    /// The certificate names other hosts (its names).
    case wrongName(host: String, names: [String])
    /// Its issuer is not among the trusted authorities.
    case untrustedIssuer(host: String, issuer: String)
    case expired(host: String, on: Date)
    case notYetValid(host: String, from: Date)
    /// The port answered something that is not TLS (plain HTTP, most likely).
    case notTLS(host: String, port: Int)
    /// No TLS version or cipher in common.
    case noCommonProtocol(host: String)

    public func text(in text: Catalogue) -> String {
        switch self {
        case .wrongName(let host, let names): text.tlsWrongName(host, names.joined(separator: ", "))
        case .untrustedIssuer(let host, let issuer): text.tlsUntrustedIssuer(host, issuer)
        case .expired(let host, let date): text.tlsExpired(host, Self.day(date))
        case .notYetValid(let host, let date): text.tlsNotYetValid(host, Self.day(date))
        case .notTLS(let host, let port): text.tlsNotTLS(host, port)
        case .noCommonProtocol(let host): text.tlsNoCommonProtocol(host)
        }
    }

    /// `2021-01-01 00:00 UTC`.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}
