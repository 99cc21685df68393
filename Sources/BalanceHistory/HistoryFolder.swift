import Foundation

/// The history's folder, made private (0700) before anything is written in it.
enum HistoryFolder {
    static func make(for file: String) throws {
        let directory = (file as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw HistoryFolderError(path: directory, error: error)
        }
    }
}
