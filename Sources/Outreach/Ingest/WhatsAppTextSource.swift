import Foundation
import ZIPFoundation

/// Where the chat text comes from: a `.txt` on disk, bytes in memory, or the `.txt` inside a `.zip`.
///
/// Each source can be read more than once (the parser makes two passes) and always in chunks,
/// so a multi-gigabyte export never sits in memory whole.
enum WhatsAppTextSource {
    case file(URL)
    case data(Data)
    case zipEntry(Archive, Entry)

    static let chunkSize = 1 << 20

    /// Calls `body` with successive chunks until the end or until `body` returns false.
    /// Errors thrown by `body` propagate unchanged; reading failures become `WhatsAppExportError`.
    func forEachChunk(fileName: String, _ body: (UnsafeRawBufferPointer) throws -> Bool) throws {
        switch self {
        case .data(let data):
            _ = try data.withUnsafeBytes { try body($0) }
        case .file(let url):
            let handle: FileHandle
            do {
                handle = try FileHandle(forReadingFrom: url)
            } catch {
                throw WhatsAppExportError.unreadableFile(file: fileName, reason: error.localizedDescription)
            }
            defer { try? handle.close() }
            while true {
                let chunk: Data
                do {
                    guard let read = try handle.read(upToCount: Self.chunkSize), !read.isEmpty else { return }
                    chunk = read
                } catch {
                    throw WhatsAppExportError.unreadableFile(file: fileName, reason: error.localizedDescription)
                }
                guard try chunk.withUnsafeBytes({ try body($0) }) else { return }
            }
        case .zipEntry(let archive, let entry):
            // The consumer cannot return "stop", so a sentinel error ends extraction early and the
            // caller's own errors are carried out untouched.
            var callerError: (any Error)?
            var stopped = false
            do {
                _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: false) { chunk in
                    do {
                        if try !chunk.withUnsafeBytes({ try body($0) }) {
                            stopped = true
                            throw CancellationError()
                        }
                    } catch {
                        if !stopped { callerError = error }
                        throw error
                    }
                }
            } catch {
                if let callerError { throw callerError }
                if stopped { return }
                throw WhatsAppExportError.unreadableZip(file: fileName, reason: String(describing: error))
            }
        }
    }
}
