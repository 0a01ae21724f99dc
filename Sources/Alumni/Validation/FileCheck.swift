import Foundation

/// Why a file cannot be read or written, in the user's words. Foundation's own messages ("The operation could not
/// be completed. (NSCocoaErrorDomain error 256.)") say nothing a user can act on.
public enum FileCheck {
    /// Nil when `url` is a file this process may read; else what is wrong and what to do.
    public static func readProblem(_ url: URL) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return "there is no such file; check the path and the spelling"
        }
        if isFolder.boolValue { return "it is a folder, not a file; give the file inside it" }
        guard FileManager.default.isReadableFile(atPath: url.path) else { return "permission denied; ask who owns the file, or copy it somewhere you may read" }
        return nil
    }

    /// Nil when a file can be written at `url`; else what is wrong and what to do.
    public static func writeProblem(_ url: URL) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            return "it is a folder; give a file name inside it, such as \(url.appendingPathComponent("laporan.html").path)"
        }
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            return "the folder \(folder.path) does not exist; create it first (mkdir -p \(folder.path))"
        }
        guard isFolder.boolValue else { return "\(folder.path) is a file, not a folder" }
        guard FileManager.default.isWritableFile(atPath: folder.path) else { return "the folder \(folder.path) is not writable; choose another" }
        return nil
    }

    /// A Foundation file error in plain words.
    public static func reason(_ error: any Error) -> String {
        switch (error as? CocoaError)?.code {
        case .fileNoSuchFile?, .fileReadNoSuchFile?: "there is no such file; check the path"
        case .fileReadNoPermission?, .fileWriteNoPermission?: "permission denied"
        case .fileWriteOutOfSpace?: "the disk is full"
        case .fileWriteVolumeReadOnly?: "the disk is read-only"
        case .fileReadCorruptFile?: "the file is damaged"
        default: (error as NSError).localizedFailureReason ?? "the system could not read or write it"
        }
    }
}
