import AfilnetAPI
import Foundation

extension AddressFileWriter {
    /// Streams `addresses` into `path` in 64 KiB chunks — written beside it and renamed into
    /// place, so a failed export leaves no half file — or to standard output when nil.
    public static func write(
        _ addresses: [Address], format: AddressFileFormat, byteOrderMark: Bool = false, delimiter: UInt8 = UInt8(ascii: ","), to path: String?
    ) throws {
        var writer = AddressFileWriter(format: format, byteOrderMark: byteOrderMark, delimiter: delimiter)
        let temporary = path.map { path -> String in
            let directory = (path as NSString).deletingLastPathComponent
            return (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).part"
        }
        let handle: FileHandle
        if let temporary {
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
        } else {
            handle = FileHandle.standardOutput
        }
        do {
            for address in addresses {
                writer.write(address)
                if writer.pending >= 1 << 16 { try handle.write(contentsOf: writer.take()) }
            }
            try handle.write(contentsOf: writer.finish())
            if let temporary, let path {
                try handle.close()
                guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            }
        } catch {
            if let temporary { unlink(temporary) }
            throw error
        }
    }
}
