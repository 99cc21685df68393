/// The version `--version`, the man page and the User-Agent say. `scripts/package` writes the
/// release's (from `git describe`) here for the build it packages, and puts this back after.
public enum AfilnetVersion {
    public static let current = "0.1.0"
}
