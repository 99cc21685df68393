/// Text that arrived as one paste (bracketed paste), made fit for a one-line field: the
/// line breaks a copied line usually ends with are dropped, breaks and tabs inside become
/// single spaces, and other control characters go (they could not be typed either).
public enum PastedText {
    public static func oneLine(_ pasted: String) -> String {
        var line = ""
        var pendingSpace = false
        for scalar in pasted.unicodeScalars {
            if scalar == "\r" || scalar == "\n" || scalar == "\t" {
                pendingSpace = !line.isEmpty
                continue
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
            if pendingSpace, !line.hasSuffix(" ") { line.unicodeScalars.append(" ") }
            pendingSpace = false
            line.unicodeScalars.append(scalar)
        }
        return line
    }
}
