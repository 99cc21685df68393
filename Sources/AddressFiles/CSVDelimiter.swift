/// Which character separates a CSV file's fields, read from its header as a spreadsheet's
/// import does: a spreadsheet where `,` is the decimal mark (Estonian, German, French…) saves
/// `;`, others save TAB. The candidate that splits the header into the most column names this
/// file format knows wins; then the one that splits it into the most fields; `,` by default.
public enum CSVDelimiter {
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]

    public static func detect(_ bytes: [UInt8]) -> UInt8 {
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        // The header: up to the first line break outside quotes (a header is rarely quoted).
        var header: [UInt8] = []
        var quoted = false
        for byte in content {
            if byte == 0x22 { quoted.toggle() }
            if !quoted, byte == 0x0A || byte == 0x0D { break }
            header.append(byte)
        }
        let known = AddressFileReader.known
        func score(_ delimiter: UInt8) -> (Int, Int) {
            var reader = CSVReader(header, delimiter: delimiter)
            guard case .success(let record)? = reader.next() else { return (0, 0) }
            let names = record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            return (names.filter(known.contains).count, names.count)
        }
        var best = candidates[0], bestScore = score(best)
        for candidate in candidates.dropFirst() {
            let candidateScore = score(candidate)
            if candidateScore > bestScore { (best, bestScore) = (candidate, candidateScore) }
        }
        return best
    }

    /// How a delimiter is written in messages and options: `,` `;` `tab`.
    public static func name(_ delimiter: UInt8) -> String {
        delimiter == 0x09 ? "tab" : String(UnicodeScalar(delimiter))
    }
}
