import Alumni
import Foundation

/// What went wrong in outreach, worded so staff know what to do next.
public enum OutreachError: Error, LocalizedError, Equatable {
    case duplicateCampaign(String)
    case unknownCampaign(String)
    case unknownChannel(String)
    case missingInsightsColumns(file: String, columns: [String])
    case facebookInsights(file: String)
    case unknownReviewItem(Int64)
    case reviewAlreadyClosed(Int64)
    case nothingToAccept(Int64, String)
    case unreadableAnswer(String)
    case noWave(String)
    case unknownWave(Int, WaveWindows)
    case notConfigured(String)

    public var errorDescription: String? {
        switch self {
        case .duplicateCampaign(let code): "campaign \(code) already exists; choose another code."
        case .unknownCampaign(let code): "no campaign \(code); see `jejak campaigns list`."
        case .unknownChannel(let name):
            "unknown channel \(name); use one of: " + Channel.allCases.map(\.rawValue).joined(separator: ", ") + "."
        case .missingInsightsColumns(let file, let columns):
            "\(file), line 1: not an Instagram Insights post export: missing \(columns.joined(separator: ", ")). Export 'Content' from Meta Business Suite as CSV."
        case .facebookInsights(let file):
            "\(file): this is a Facebook page export; export the Instagram account's content instead."
        case .unknownReviewItem(let id): "no review item \(id); see `jejak review list`."
        case .reviewAlreadyClosed(let id): "review item \(id) is already closed."
        case .nothingToAccept(let id, let reason): "review item \(id) cannot be accepted as suggested: \(reason). Nothing was recorded."
        case .unreadableAnswer(let text): "could not read \"\(text)\" as an answer; use reply codes such as 1, 2A or 3."
        case .noWave(let reason): "no survey wave applies: \(reason)."
        case .unknownWave(let wave, let windows):
            "wave \(wave) has no window in the settings (survey.waves = \(windows)); use one of \(windows.waves.map(String.init).joined(separator: ", ")) or add it with `jejak config set survey.waves`."
        case .notConfigured(let what): "\(what) is not configured; see `jejak survey send --help`."
        }
    }
}
