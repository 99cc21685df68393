import Foundation

/// The history's folder could not be made: said as a person reads it ("cannot create the
/// folder /srv/x/afilnet-tui: Not a directory"), where Foundation's error prints as a dump of
/// its NSError domains and user info.
public struct HistoryFolderError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "cannot create the folder \(path): \(reason)" }

    init(path: String, error: any Error) {
        self.path = path
        // The errno sits in the underlying error (a POSIXError on Linux, bridged to NSError).
        let error = error as NSError
        let posix = [error.userInfo[NSUnderlyingErrorKey] as? any Error, error].compactMap { $0 }.map { $0 as NSError }
            .first { $0.domain == NSPOSIXErrorDomain }
        reason = posix.map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
    }
}
