/// The About pane's words, in each language.
public struct AboutWords: Sendable {
    public let title, showHelp: String
    public let version, profile, user, endpoint, wayIn, proxy: String
    /// The proxy line when requests go straight to the endpoint.
    public let direct: String
    /// The endpoint line for the embedded sandbox.
    public let sandbox: String

    static let english = AboutWords(
        title: "About", showHelp: "about this session", version: "Version", profile: "Profile",
        user: "User", endpoint: "Endpoint", wayIn: "Way in", proxy: "Proxy", direct: "none (straight to the endpoint)",
        sandbox: "the embedded sandbox")

    static let estonian = AboutWords(
        title: "Teave", showHelp: "teave seansi kohta", version: "Versioon", profile: "Profiil",
        user: "Kasutaja", endpoint: "Lõpp-punkt", wayIn: "Ühendusviis", proxy: "Proksi", direct: "puudub (otse lõpp-punkti)",
        sandbox: "sisseehitatud liivakast")
}

extension Catalogue {
    public var about: AboutWords {
        switch language {
        case .english: .english
        case .estonian: .estonian
        }
    }
}
