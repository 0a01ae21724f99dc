import Foundation

/// Reads questions 4–6 (job match, income band, first heard from) from everyday words.
///
/// Only clear phrases count. "Kurang sesuai", "di atas UMK" (band B or C?), a salary
/// amount (needs the year's UMK) and "dari Instagram" (feed, reels, story or broadcast?)
/// are reported as issues for a reviewer instead of being mapped to a band.
struct DetailReading {
    var match: JobMatch?
    var incomeBand: IncomeBand?
    var heardFrom: HeardFrom?
    var issues: [String] = []

    init(_ text: ReplyText) {
        for clause in text.clauses where !clause.isQuestion {
            read(clause.words.map(\.canonical))
        }
    }

    private mutating func set<T: Equatable>(_ keyPath: WritableKeyPath<DetailReading, T?>, _ value: T, _ question: String) {
        if let old = self[keyPath: keyPath], old != value {
            issues.append("two different answers for \(question)")
        }
        self[keyPath: keyPath] = value
    }

    private mutating func read(_ w: [String]) {
        func at(_ i: Int) -> String { i >= 0 && i < w.count ? w[i] : "" }
        for (i, word) in w.enumerated() {
            switch word {
            case "sesuai":
                if at(i + 1) == "umk" || at(i + 2) == "umk" { continue }  // "sesuai UMK" is income
                let prev = at(i - 1), prev2 = at(i - 2)
                // "yg sesuai jurusan blm dpt": a fitting job is still sought, so the one held does not fit.
                let stillSought = ["yang", "yg"].contains(prev) && w.indices.dropFirst().contains { ["dapat", "nemu", "ketemu"].contains(w[$0]) && ["belum", "tidak"].contains(w[$0 - 1]) }
                if prev == "tidak" || prev == "not" || prev == "belum" || prev2 == "tidak" && prev == "terlalu" || stillSought {
                    set(\.match, .doesNotMatch, "job match")
                } else if ["sebagian", "agak", "lumayan", "sedikit", "partly", "somewhat", "cukup"].contains(prev) {
                    set(\.match, .partly, "job match")
                } else if prev == "kurang" {
                    issues.append("\"kurang sesuai\" could mean partly or not matching")
                } else {
                    set(\.match, .matches, "job match")
                }
            case "sebagian", "partly":
                if at(i + 1) != "sesuai" { set(\.match, .partly, "job match") }
            case "beda", "different", "unrelated":
                if ["jurusan", "bidang", "field", "pelatihan", "kejuruan"].contains(at(i + 1)) || word == "unrelated" {
                    set(\.match, .doesNotMatch, "job match")
                }
            case "umk":
                let prev = at(i - 1), prev2 = at(i - 2)
                if prev == "bawah" || prev == "dibawah" || prev == "below" || prev == "under" || (prev == "dari" && prev2 == "kurang")
                    || (prev == "than" && prev2 == "less") {
                    set(\.incomeBand, .belowUMK, "income")
                } else if prev == "atas" || prev == "diatas" || prev == "above" || (prev == "dari" && prev2 == "lebih") || prev == "over" {
                    issues.append("\"above UMK\" does not say whether it reaches 1.2 × UMK")
                } else if ["sesuai", "pas", "setara", "standar", "standard", "at", "gaji", "gajinya", "salary", "penghasilan", "income"].contains(prev) || (prev == "di" && prev2 == "sama") {
                    set(\.incomeBand, .umkToUnder1_2, "income")
                }
            case "rahasia", "privasi", "private", "confidential":
                set(\.incomeBand, .preferNotToSay, "income")
            case "juta", "jt", "ribu", "rb", "rp", "million":
                issues.append("income is given as an amount; the band needs the year's UMK")
            case "tahu":
                readChannel(after: i, w)
            default:
                continue
            }
        }
    }

    /// "tau dari reels", "info dari teman", "heard about it from a friend".
    private mutating func readChannel(after i: Int, _ w: [String]) {
        var j = i + 1
        while j < w.count, j <= i + 4, ["dari", "from", "di", "lewat", "via", "about", "it", "pelatihan", "a", "my", "the", "on"].contains(w[j]) { j += 1 }
        guard j > i + 1, j < w.count else { return }
        switch w[j] {
        case "reels", "reel": set(\.heardFrom, .instagramReels, "first heard from")
        case "story", "stori", "storis", "stories", "snapgram": set(\.heardFrom, .instagramStory, "first heard from")
        case "feed", "postingan", "post", "posting": set(\.heardFrom, .instagramFeed, "first heard from")
        case "broadcast", "saluran", "channel": set(\.heardFrom, .broadcastChannel, "first heard from")
        case "whatsapp": set(\.heardFrom, .whatsApp, "first heard from")
        case "teman": set(\.heardFrom, .friendOrFamily, "first heard from")
        case "instagram":
            let next = j + 1 < w.count ? w[j + 1] : ""
            switch next {
            case "reels", "reel": set(\.heardFrom, .instagramReels, "first heard from")
            case "story", "stori", "storis": set(\.heardFrom, .instagramStory, "first heard from")
            case "feed", "postingan", "post": set(\.heardFrom, .instagramFeed, "first heard from")
            default: issues.append("\"Instagram\" does not say feed, reels, story or broadcast channel")
            }
        default: return
        }
    }
}
