/// A channel of the account — a service or group of services (SMS, voice, e-mail, social
/// networks, instant messaging, certification) — and whether it is on.
public struct Channel: Sendable, Hashable, Identifiable {
    /// The group, e.g. `sms` (`channeltype`).
    public var type: String
    /// The name `modifychannel` takes, e.g. `sms` (`channelname`).
    public var name: String
    public var isActive: Bool

    public var id: String { name }

    public init(type: String, name: String, isActive: Bool) {
        self.type = type
        self.name = name
        self.isActive = isActive
    }
}
