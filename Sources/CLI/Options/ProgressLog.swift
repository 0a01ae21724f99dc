import Foundation
import Logging

/// Progress of long commands (imports, ingests, sending), on standard error so it never mixes with `--format json`
/// output — and only when standard error is a terminal, where someone watches it (`JEJAK_PROGRESS=1` forces it on,
/// `0` off). NIKs and phone numbers never appear in it: only counts.
enum ProgressLog {
    static let logger: Logger = {
        var logger = Logger(label: "jejak") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .info
        return logger
    }()

    static let enabled = isEnabled(terminal: isatty(STDERR_FILENO) != 0, environment: ProcessInfo.processInfo.environment)

    static func isEnabled(terminal: Bool, environment: [String: String]) -> Bool {
        switch environment["JEJAK_PROGRESS"] {
        case "1": true
        case "0": false
        default: terminal
        }
    }

    /// Says how far a long command has come, when someone is watching.
    static func report(_ message: @autoclosure () -> String) {
        guard enabled else { return }
        logger.info("\(message())")
    }
}
