import Foundation
@testable import CLI

/// Runs `jejak` with these arguments in this process, as the shell would (parsing included).
func runJejak(_ arguments: [String]) throws {
    var command = try Jejak.parseAsRoot(arguments)
    try command.run()
}

/// A fresh folder under the temporary directory for one test, removed when `body` returns.
func withScratchFolder<T>(_ prefix: String, _ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}
