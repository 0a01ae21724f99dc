import Logging

/// Progress of long commands, on standard error so it never mixes with `--format json` output.
/// NIKs and phone numbers never appear in it: only counts.
enum ProgressLog {
    static let logger: Logger = {
        var logger = Logger(label: "jejak") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .info
        return logger
    }()
}
