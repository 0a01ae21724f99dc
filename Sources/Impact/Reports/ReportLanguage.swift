import Foundation
import Outreach

/// Reports speak Bahasa Indonesia first, English on request.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case id, en

    /// Picks the text for this language.
    func pick(_ id: String, _ en: String) -> String { self == .id ? id : en }

    /// A share as a percentage with one decimal: "62,5%" in Bahasa Indonesia, "62.5%" in English.
    func percent(_ value: Double?, decimals: Int = 1) -> String {
        guard let value else { return "—" }
        let text = String(format: "%.\(decimals)f", value * 100)
        return (self == .id ? text.replacingOccurrences(of: ".", with: ",") : text) + "%"
    }

    /// Whole numbers with thousands separators: "15.000" / "15,000".
    func number(_ value: Int?) -> String {
        guard let value else { return "—" }
        let digits = String(abs(value))
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: self == .id ? "." : ",")
    }

    func decimal(_ value: Double?, places: Int = 1) -> String {
        guard let value else { return "—" }
        let text = String(format: "%.\(places)f", value)
        return self == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func statusLabel(_ name: String) -> String {
        switch name {
        case "(unattributed)": pick("(tidak teratribusi)", "(unattributed)")
        case "(not set)": pick("(belum diisi)", "(not set)")
        case "(unknown)": pick("(tidak diketahui)", "(unknown)")
        case "informational": pick("informatif (infografis)", "informational (infographic)")
        case "creative": pick("kreatif / tren", "creative / trend")
        case "dialogic": pick("dialogis (polling, tanya-jawab, live)", "dialogic (poll, Q&A, live)")
        default: Channel(rawValue: name)?.label ?? name
        }
    }
}
