/// The Accounts pane's words, in each language.
public struct AccountsWords: Sendable {
    public let title, showHelp: String
    public let columnProfile, columnUser, columnEndpoint, columnWayIn, columnBalance, columnRead, columnSpend, columnLasts: String
    public let columnState: String
    public let stateOK, stateLow, stateCritical, stateFailed, stateNoPassword, stateReading: String
    /// Shown in the endpoint column for the embedded sandbox.
    public let sandbox: String
    /// The spinner's words while an account is read.
    public let reading: @Sendable (String) -> String
    public let noAccounts: String

    static let english = AccountsWords(
        title: "Accounts", showHelp: "all accounts (profiles)", columnProfile: "PROFILE", columnUser: "USER",
        columnEndpoint: "ENDPOINT", columnWayIn: "WAY IN", columnBalance: "BALANCE", columnRead: "READ", columnSpend: "PER DAY",
        columnLasts: "LASTS UNTIL", columnState: "STATE", stateOK: "ok", stateLow: "low", stateCritical: "critical",
        stateFailed: "not read", stateNoPassword: "no password", stateReading: "reading…", sandbox: "SANDBOX",
        reading: { "account \($0)" }, noAccounts: "No profiles in config.toml.")

    static let estonian = AccountsWords(
        title: "Kontod", showHelp: "kõik kontod (profiilid)", columnProfile: "PROFIIL", columnUser: "KASUTAJA",
        columnEndpoint: "LÕPP-PUNKT", columnWayIn: "VIIS", columnBalance: "SALDO", columnRead: "LOETUD", columnSpend: "PÄEVAS",
        columnLasts: "JÄTKUB KUNI", columnState: "OLEK", stateOK: "korras", stateLow: "madal", stateCritical: "kriitiline",
        stateFailed: "lugemata", stateNoPassword: "parool puudub", stateReading: "loen…", sandbox: "LIIVAKAST",
        reading: { "konto \($0)" }, noAccounts: "config.toml-is pole profiile.")
}

extension Catalogue {
    public var accounts: AccountsWords {
        switch language {
        case .english: .english
        case .estonian: .estonian
        }
    }
}
