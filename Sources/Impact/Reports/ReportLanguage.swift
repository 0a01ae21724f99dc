import Foundation
import Outreach

/// Reports speak Bahasa Indonesia first, English on request.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case id, en

    /// Picks the text for this language.
    public func pick(_ id: String, _ en: String) -> String { self == .id ? id : en }

    /// A share as a percentage with one decimal: "62,5%" in Bahasa Indonesia, "62.5%" in English.
    public func percent(_ value: Double?, decimals: Int = 1) -> String {
        guard let value else { return "—" }
        let text = String(format: "%.\(decimals)f", value * 100)
        return (self == .id ? text.replacingOccurrences(of: ".", with: ",") : text) + "%"
    }

    /// Whole numbers with thousands separators: "15.000" / "15,000".
    public func number(_ value: Int?) -> String {
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

    /// Rupiah with thousands separators: "Rp 250.000" / "Rp 250,000" (a no-break space keeps it on one line).
    public func rupiah(_ value: Int?) -> String {
        guard let value else { return "—" }
        return "Rp\u{00A0}" + number(value)
    }

    /// A campaign's approach in one word, for narrow table columns.
    public func approachName(_ approach: Approach?) -> String {
        switch approach {
        case .informational: pick("informatif", "informational")
        case .creative: pick("kreatif", "creative")
        case .dialogic: pick("dialogis", "dialogic")
        case nil: "—"
        }
    }

    /// A range of shares with one percent sign: "31,4–65,6%".
    public func range(_ low: Double, _ high: Double) -> String {
        decimal(low * 100) + "–" + percent(high)
    }

    public func decimal(_ value: Double?, places: Int = 1) -> String {
        guard let value else { return "—" }
        let text = String(format: "%.\(places)f", value)
        return self == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    public func statusLabel(_ name: String) -> String {
        switch name {
        case "(unattributed)": pick("(tidak teratribusi)", "(unattributed)")
        case "(not set)": pick("(belum diisi)", "(not set)")
        case "(unknown)": pick("(tidak diketahui)", "(unknown)")
        case "informational": pick("informatif (infografis)", "informational (infographic)")
        case "creative": pick("kreatif / tren", "creative / trend")
        case "dialogic": pick("dialogis (polling, tanya-jawab, live)", "dialogic (poll, Q&A, live)")
        default:
            if self == .id, let channel = Channel(rawValue: name) { Self.indonesianChannel[channel] ?? channel.label } else { Channel(rawValue: name)?.label ?? name }
        }
    }

    /// A breakdown's name as a column header.
    public func breakdownName(_ breakdown: Breakdown) -> String {
        switch breakdown {
        case .program: pick("Program", "Programme")
        case .trainingClass: pick("Kelas", "Class")
        case .cohort: pick("Bulan lulus", "Graduation month")
        case .campaign: pick("Kampanye", "Campaign")
        case .channel: pick("Kanal", "Channel")
        case .approach: pick("Pendekatan", "Approach")
        case .kecamatan: "Kecamatan"
        case .gender: pick("Jenis kelamin", "Gender")
        case .ageGroup: pick("Kelompok umur", "Age group")
        }
    }

    /// Channel names in Bahasa Indonesia, for the Indonesian report (product names stay as they are).
    private static let indonesianChannel: [Channel: String] = [
        .instagramFeed: "Feed Instagram", .instagramReels: "Reels Instagram", .instagramStory: "Story Instagram",
        .instagramLive: "Live Instagram", .instagramBroadcast: "Saluran siaran Instagram", .whatsappChannel: "Saluran WhatsApp",
        .whatsappBroadcast: "Siaran WhatsApp", .website: "Situs web", .offline: "Luring / dari mulut ke mulut",
    ]
}
