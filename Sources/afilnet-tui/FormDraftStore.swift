import AccountModel
import AfilnetAPI
import Foundation

/// Where the add form's unsent input waits for the next session after SIGHUP or SIGTERM:
/// one file per profile beside the journal (`$XDG_STATE_HOME/afilnet-tui/`), private to the
/// user (it holds names and document codes), read once and removed.
struct FormDraftStore {
    let directory: String

    init(directory: String = RequestJournal.stateFolder) {
        self.directory = directory
    }

    func path(profile: String) -> String {
        let safe = String(profile.unicodeScalars.map { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar)) ? Character(scalar) : "_"
        })
        return directory + "/unsent-form-\(safe).json"
    }

    /// Best effort: a draft that cannot be written is lost as it would have been without this.
    func save(_ draft: FormDraft, profile: String) {
        guard let data = encoded(draft) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let target = path(profile: profile), temporary = target + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        if written == data.count { rename(temporary, target) } else { unlink(temporary) }
    }

    /// The bytes `save` writes (a crash writes them from its signal handler).
    func encoded(_ draft: FormDraft) -> Data? { try? JSONEncoder().encode(draft) }

    /// The draft kept for `profile`, if any; it is removed as it is read.
    func take(profile: String) -> FormDraft? {
        let target = path(profile: profile)
        guard let data = FileManager.default.contents(atPath: target) else { return nil }
        unlink(target)
        return try? JSONDecoder().decode(FormDraft.self, from: data)
    }
}
