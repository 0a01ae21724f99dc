import Foundation

/// Why a report could not be written, and what to do.
public enum ReportError: Error, LocalizedError, Equatable {
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write the report to \(path): \(reason). Nothing was written there."
        }
    }
}
