import AfilnetAPI
import Localization

/// The About pane: what this session is — the version, the account, where requests go and
/// how. Read-only; it follows a profile switch.
public struct AboutModel: PaneModel {
    public typealias Row = Never
    public let version: String
    public let session: SessionInfo

    public init(session: SessionInfo, version: String = AfilnetVersion.current) {
        self.session = session
        self.version = version
    }

    public static let scopes: [Action.Scope] = []
    public static let footerActions: [Action] = []
    public static func title(in text: Catalogue) -> String { text.about.title }
    public static func showHelp(in text: Catalogue) -> String { text.about.showHelp }

    public func startedOver(for session: SessionInfo) -> AboutModel { AboutModel(session: session, version: version) }

    /// Label and value, one line each, in the order shown. The way in is said as config.toml
    /// writes it (`api`, `auth`), so it can be copied there.
    public func facts(in text: Catalogue) -> [(label: String, value: String)] {
        let words = text.about
        return [
            (words.version, version), (words.profile, session.profile), (words.user, session.user),
            (words.endpoint, session.isSandbox ? words.sandbox + " (" + session.endpoint + ")" : session.endpoint),
            (words.wayIn, "api = \"\(session.api.rawValue)\", auth = \"\(session.auth.rawValue)\""),
            (words.proxy, session.via ?? words.direct),
        ]
    }
}
