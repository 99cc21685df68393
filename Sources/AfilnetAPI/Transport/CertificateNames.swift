/// The issuer of a DER certificate as people write it (`CN=Rogue Inspection CA, O=Somewhere
/// Else`): the little of X.509 (RFC 5280, section 4.1) `TLSDiagnosis` needs, read by hand since
/// NIOSSL does not expose the issuer.
enum CertificateNames {
    struct Malformed: Error {}

    static func issuer(der: [UInt8]) throws -> String {
        var certificate = DER(der)
        var outer = try certificate.enter(0x30)
        var tbs = try outer.enter(0x30)
        if tbs.peekTag == 0xA0 { try tbs.skip() }  // version
        try tbs.skip()  // serial number
        try tbs.skip()  // signature algorithm
        var name = try tbs.enter(0x30)
        var parts: [String] = []
        while !name.isEmpty {
            var set = try name.enter(0x31)
            while !set.isEmpty {
                var attribute = try set.enter(0x30)
                let oid = try attribute.read(0x06)
                let value = try attribute.readAny()
                let label: String? = switch oid {
                case [0x55, 0x04, 0x03]: "CN"
                case [0x55, 0x04, 0x0A]: "O"
                case [0x55, 0x04, 0x0B]: "OU"
                case [0x55, 0x04, 0x06]: "C"
                default: nil
                }
                if let label { parts.append("\(label)=\(String(decoding: value, as: UTF8.self))") }
            }
        }
        guard !parts.isEmpty else { throw Malformed() }
        return parts.joined(separator: ", ")
    }

    /// A cursor over DER's tag-length-value items.
    struct DER {
        private var bytes: ArraySlice<UInt8>
        init(_ bytes: [UInt8]) { self.bytes = bytes[...] }
        private init(slice: ArraySlice<UInt8>) { bytes = slice }

        var isEmpty: Bool { bytes.isEmpty }
        var peekTag: UInt8? { bytes.first }

        mutating func readAny() throws -> ArraySlice<UInt8> { try item().value }

        mutating func read(_ tag: UInt8) throws -> ArraySlice<UInt8> {
            let (found, value) = try item()
            guard found == tag else { throw Malformed() }
            return value
        }

        mutating func enter(_ tag: UInt8) throws -> DER { DER(slice: try read(tag)) }

        mutating func skip() throws { _ = try item() }

        private mutating func item() throws -> (tag: UInt8, value: ArraySlice<UInt8>) {
            guard bytes.count >= 2 else { throw Malformed() }
            let tag = bytes.removeFirst()
            var length = Int(bytes.removeFirst())
            if length & 0x80 != 0 {
                let count = length & 0x7F
                guard (1...4).contains(count), bytes.count >= count else { throw Malformed() }
                length = 0
                for _ in 0..<count { length = length << 8 | Int(bytes.removeFirst()) }
            }
            guard bytes.count >= length else { throw Malformed() }
            let value = bytes.prefix(length)
            bytes.removeFirst(length)
            return (tag, value)
        }
    }
}
