import Foundation

/// `sandbox serve --tls-self-signed DIR`: a private CA and a certificate for the host the
/// sandbox listens on, made with Debian's `openssl` (as an operator would make them) and kept
/// in DIR: `ca.pem` to trust (`--ca-file`, `SSL_CERT_FILE`), `server.pem` and `server.key`
/// to serve. Made once; an existing set is used again.
enum SandboxCertificates {
    struct Made {
        let ca: String, certificate: String, key: String
    }

    static func make(in folder: String, host: String) throws -> Made {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let made = Made(ca: folder + "/ca.pem", certificate: folder + "/server.pem", key: folder + "/server.key")
        if FileManager.default.fileExists(atPath: made.certificate), FileManager.default.fileExists(atPath: made.key) { return made }
        let isAddress = host.split(separator: ".").count == 4 && host.split(separator: ".").allSatisfy { UInt8($0) != nil } || host.contains(":")
        let names = (isAddress ? "IP:\(host)" : "DNS:\(host)") + (host == "localhost" ? "" : ",DNS:localhost") + (host == "127.0.0.1" ? "" : ",IP:127.0.0.1")
        try FileManager.default.createFile(atPath: folder + "/server.ext", contents: Data("subjectAltName=\(names)\nbasicConstraints=CA:FALSE\n".utf8))
        for arguments in [
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", folder + "/ca.key", "-out", made.ca, "-days", "3650",
             "-subj", "/CN=afilnet-tui sandbox CA"],
            ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", made.key, "-out", folder + "/server.csr", "-subj", "/CN=\(host)"],
            ["x509", "-req", "-in", folder + "/server.csr", "-CA", made.ca, "-CAkey", folder + "/ca.key", "-CAcreateserial",
             "-out", made.certificate, "-days", "825", "-extfile", folder + "/server.ext"],
        ] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CertificateError(text: "openssl \(arguments[0]) failed (status \(process.terminationStatus)); is Debian's openssl installed?")
            }
        }
        chmod(made.key, 0o600)
        chmod(folder + "/ca.key", 0o600)
        return made
    }

    struct CertificateError: Error, CustomStringConvertible {
        let text: String
        var description: String { text }
    }
}
