import AfilnetAPI
import Foundation

/// A profile opened for the UI: who and where, and the service to talk to it.
public struct ProfileConnection: Sendable {
    public let session: SessionInfo
    public let service: AccountService

    public init(session: SessionInfo, service: AccountService) {
        self.session = session
        self.service = service
    }
}

/// Opens a profile by name (credentials from the environment, password_command or the file:
/// there is no prompt while the UI owns the terminal).
public typealias ProfileOpener = @Sendable (String) async -> Result<ProfileConnection, ProfileProblem>
