import AfilnetAPI

/// Where the history lives and under which name an account's samples are kept.
public enum HistoryLocation {
    /// `balance-history.sqlite` in the state folder, beside the request journal.
    public static func defaultPath() -> String { RequestJournal.stateFolder + "/balance-history.sqlite" }

    /// An account is a user at an endpoint: two profiles for the same account share a
    /// history; a sandbox on loopback is another endpoint, so its samples never mix with a
    /// real account's. No password, nothing secret: the key is shown by `--history`.
    public static func account(user: String, endpoint: String) -> String {
        "\(user)@\(endpoint)"
    }

    /// The embedded sandbox (`--sandbox`) keeps its history beside its own data and under
    /// this one name, whatever port it got.
    public static let embeddedSandboxAccount = "demo@sandbox"
}
