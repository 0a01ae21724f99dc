import Foundation
import Testing

/// The built `jejak` executable run as its own process, the way an admin runs it: so a test can kill it mid-write,
/// or run several at once on one database file.
///
/// Output goes to files, never pipes: a command that prints more than a pipe holds would otherwise stall.
struct JejakProcess: Sendable {
    /// What a finished run left: its exit status, what it printed, and how long it took.
    struct Outcome: Sendable {
        var status: Int32
        var output: String
        var errors: String
        var seconds: Double
        /// Stdout and stderr together, for messages that name the command.
        var printed: String { output + errors }
    }

    let arguments: [String]
    let process: Process
    let outputFile: URL
    let errorFile: URL
    let started: ContinuousClock.Instant

    /// Starts `jejak arguments…` with its output in files under `folder`.
    static func start(_ arguments: [String], in folder: URL) throws -> JejakProcess {
        let name = UUID().uuidString
        let outputFile = folder.appendingPathComponent("\(name).out")
        let errorFile = folder.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        let started = ContinuousClock.now
        try process.run()
        return JejakProcess(arguments: arguments, process: process, outputFile: outputFile, errorFile: errorFile, started: started)
    }

    /// Runs `jejak arguments…` to its end.
    static func run(_ arguments: [String], in folder: URL) async throws -> Outcome {
        try await start(arguments, in: folder).finished()
    }

    /// Runs `jejak arguments…` and fails the test, showing what it printed, unless it exits 0.
    @discardableResult
    static func succeed(_ arguments: [String], in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Outcome {
        let outcome = try await run(arguments, in: folder)
        #expect(outcome.status == 0, "jejak \(arguments.joined(separator: " ")) exited \(outcome.status):\n\(outcome.printed)",
                sourceLocation: sourceLocation)
        return outcome
    }

    /// Kills the process at once (SIGKILL: no cleanup, as when a machine's admin or the OOM killer stops it).
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    var isRunning: Bool { process.isRunning }

    /// Waits for the process to end (off the test's threads) and reads what it printed.
    func finished() async throws -> Outcome {
        let process = process
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                process.waitUntilExit()
                done.resume()
            }
        }
        let elapsed = ContinuousClock.now - started
        return Outcome(
            status: process.terminationStatus,
            output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "",
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// The `jejak` built beside this test bundle, else the package's `.build/debug/jejak`.
    ///
    /// `swift test` builds the tests but does not link the `jejak` product: `swift build` (or `scripts/test.sh`) must run
    /// first. A binary older than the objects of Jejak's modules beside it (recompiled by `swift test` after a change)
    /// would test yesterday's code, so it is refused, saying so.
    static func binary() throws -> URL { try found.get() }

    private static let found: Result<URL, JejakProcessError> = {
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [testBundle.appendingPathComponent("jejak"), package.appendingPathComponent(".build/debug/jejak")]
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            return .failure(.notBuilt(looked: candidates.map(\.path)))
        }
        let objects = ["Alumni", "Outreach", "Impact", "Web", "CLI"].flatMap { module in
            let folder = binary.deletingLastPathComponent().appendingPathComponent("\(module).build")
            return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])) ?? [])
                .filter { $0.pathExtension == "o" }
        }
        if let newest = objects.max(by: { modified($0) < modified($1) }), modified(newest) > modified(binary) {
            return .failure(.outdated(binary: binary.path, object: newest.lastPathComponent))
        }
        return .success(binary)
    }()

    private static func modified(_ url: URL) -> Date {
        (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
    }
}

enum JejakProcessError: Error, CustomStringConvertible {
    case notBuilt(looked: [String])
    case outdated(binary: String, object: String)

    var description: String {
        switch self {
        case .notBuilt(let looked):
            "no jejak executable at \(looked.joined(separator: " or ")): run `swift build` before `swift test` (scripts/test.sh does)."
        case .outdated(let binary, let object):
            "\(binary) is older than the code it is built from (\(object)): run `swift build` before `swift test` (scripts/test.sh does), or these tests run old code."
        }
    }
}
