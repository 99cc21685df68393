#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One entry of a credential's IP allow-list: an IPv4 or IPv6 network in CIDR notation
/// (`127.0.0.1/32`, `10.0.0.0/8`, `::1/128`); a bare address means that host alone.
public struct IPRange: Sendable, Hashable, CustomStringConvertible {
    let network: [UInt8]
    let prefixLength: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard let first = parts.first, let address = IPRange.bytes(of: String(first)) else {
            return nil
        }
        let maximum = address.count * 8
        if parts.count == 2 {
            guard let length = Int(parts[1]), (0...maximum).contains(length) else { return nil }
            prefixLength = length
        } else {
            prefixLength = maximum
        }
        network = address
    }

    /// An allow-list as the database keeps it: `10.0.0.0/8,127.0.0.1/32` (empty: any address).
    static func list(_ text: String) -> [IPRange] { text.split(separator: ",").compactMap { IPRange(String($0)) } }

    static func text(_ list: [IPRange]) -> String { list.map(\.description).joined(separator: ",") }

    public var description: String {
        "\(IPRange.text(of: network))/\(prefixLength)"
    }

    /// Whether `address` (textual, IPv4, IPv6 or IPv4-mapped IPv6) lies in this range.
    public func contains(_ address: String) -> Bool {
        guard var candidate = IPRange.bytes(of: address) else { return false }
        if network.count == 4, candidate.count == 16, candidate[0..<12] == IPRange.mappedPrefix[...] {
            candidate = Array(candidate[12...])
        }
        guard candidate.count == network.count else { return false }
        var remaining = prefixLength
        for index in network.indices where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if candidate[index] & mask != network[index] & mask { return false }
            remaining -= bits
        }
        return true
    }

    private static let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    static func bytes(of text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }

    static func text(of bytes: [UInt8]) -> String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = bytes.count == 4 ? AF_INET : AF_INET6
        _ = bytes.withUnsafeBytes { inet_ntop(family, $0.baseAddress, &buffer, socklen_t(buffer.count)) }
        return String(decoding: buffer.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
    }
}
