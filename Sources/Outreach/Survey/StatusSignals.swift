import Foundation

/// What a reply's words say about question 1, before any decision: the interpreter decides
/// only after seeing every clue, because "sudah kerja tapi masih cari kerja" and
/// "belum kerja, eh sudah" differ only in how their clues combine.
struct StatusSignals {
    enum Clue: Hashable {
        /// Works for someone ("sudah kerja", "I work at", "karyawan").
        case employee
        /// Own or family business ("buka usaha", "jualan kopi", "self-employed").
        case selfEmployed
        /// Says they are not working ("belum kerja", "tidak bekerja", "belum" alone).
        case notWorking
        /// Not working and plainly job-seeking ("masih nganggur", "belum dapat kerja").
        case jobless
        /// Looking for work ("cari kerja", "still looking").
        case looking
        /// Explicitly not looking ("tidak cari kerja").
        case notLooking
        /// In education or training ("kuliah", "ikut pelatihan lagi").
        case studying
        /// Outside the labour force by their own description ("ibu rumah tangga").
        case outsideLabourForce
        /// A plan, not a current state ("mau buka usaha").
        case plan
        /// Accepted for a job, maybe not started (BPS counts that as unemployed).
        case accepted
        /// Worked before; says nothing about now ("pernah kerja", "resign").
        case pastWork
        /// A bare "sudah" with no verb.
        case bareYes
        /// Work whose type the survey cannot place as employee or own account: ride-hailing
        /// drivers, odd jobs, internships (paid or not?).
        case unclearWorkType
    }

    private(set) var clues: Set<Clue> = []
    /// Clause and word index just after each "working" clue, where an employer phrase may follow.
    private(set) var workPositions: [(clause: Int, word: Int)] = []

    init(_ text: ReplyText) {
        for (ci, clause) in text.clauses.enumerated() where !clause.isQuestion {
            scan(clause.words.map(\.canonical), raw: clause.words.map { $0.raw.lowercased().replacingOccurrences(of: "'", with: "") }, clause: ci)
        }
    }

    private mutating func scan(_ w: [String], raw: [String], clause: Int) {
        var consumed = Set<Int>()
        func at(_ i: Int) -> String { i >= 0 && i < w.count ? w[i] : "" }
        /// Looks back up to 3 words in scope for any of `set`.
        func before(_ i: Int, _ set: Set<String>, reach: Int = 3) -> Bool {
            var j = i - 1
            while j >= 0, j >= i - reach {
                if Lexicon.scopeBreakers.contains(w[j]) { return false }
                if set.contains(w[j]) { return true }
                j -= 1
            }
            return false
        }
        /// Index of a job noun within the next `reach` words, skipping articles and "for".
        func jobNoun(after i: Int, reach: Int = 3) -> Int? {
            var j = i + 1
            while j < w.count, j <= i + reach {
                if Lexicon.jobNouns.contains(w[j]) { return j }
                if !["di", "a", "an", "the", "new", "baru", "yang", "my", "lagi", "any", "sebuah"].contains(w[j]) { return nil }
                j += 1
            }
            return nil
        }
        let negated = { (i: Int) in before(i, Lexicon.negators) }
        let planned = { (i: Int) in before(i, Lexicon.planWords) }

        for i in w.indices where !consumed.contains(i) {
            let word = w[i]
            switch word {
            case "cari", "looking":
                let object = jobNoun(after: i)
                if word == "looking", object == nil, at(i - 1) != "masih", !negated(i) { continue }
                if let object { consumed.insert(object) }
                if negated(i) { clues.insert(.notLooking) } else if planned(i) { clues.insert(.plan) } else { clues.insert(.looking) }
            case "dapat", "punya", "have", "has":
                guard let object = jobNoun(after: i) else { continue }
                consumed.insert(object)
                if negated(i) { clues.insert(.jobless) } else if planned(i) { clues.insert(.plan) } else {
                    clues.insert(.employee)
                    workPositions.append((clause, object + 1))
                }
            case "pekerjaan":
                // "no job yet", "tidak ada pekerjaan": a negated job noun on its own.
                if negated(i) { clues.insert(.jobless) }
            case "kerja":
                if Lexicon.kerjaCompoundsBefore.contains(at(i - 1)) || Lexicon.kerjaCompoundsAfter.contains(at(i + 1)) { continue }
                // English "work" is everywhere ("seems to work", "how this works"): it speaks of a job only
                // with a person before it or a workplace after it ("I work at", "working as").
                if ["work", "works", "working"].contains(raw[i]) {
                    let person = i > 0 && ["i", "im", "am", "we", "currently", "now", "still", "already", "also", "been", "started", "not", "dont", "don’t", "arent", "isnt"].contains(raw[i - 1])
                    let place = i + 1 < raw.count && ["at", "as", "for", "in", "full", "part", "fulltime", "parttime"].contains(raw[i + 1])
                    if !person && !place { continue }
                }
                if before(i, ["pernah", "berhenti"], reach: 2) { clues.insert(.pastWork) }
                else if at(i - 1) == "diterima" { clues.insert(.accepted) }
                else if negated(i) { clues.insert(.notWorking) }
                else if planned(i) || w[(i + 1)...].contains(where: { ["depan", "besok", "next"].contains($0) }) { clues.insert(.plan) }
                else {
                    clues.insert(.employee)
                    workPositions.append((clause, i + 1))
                }
            case "karyawan":
                if at(i - 1) == "self" { clues.insert(.selfEmployed); continue }
                if negated(i) || planned(i) { continue }
                clues.insert(.employee)
                workPositions.append((clause, i + 1))
            case "self":
                if at(i + 1) == "karyawan" { clues.insert(.selfEmployed); consumed.insert(i + 1) }
            case "nganggur":
                if !negated(i) { clues.insert(.jobless) }
            case "berhenti", "pernah":
                if word == "berhenti" { clues.insert(.pastWork) }
                if at(i + 1) == "kerja" { consumed.insert(i + 1); clues.insert(.pastWork) }
            case "diterima":
                clues.insert(.accepted)
            case "usaha", "buka":
                if word == "buka" {
                    guard Lexicon.businessNouns.contains(at(i + 1)) || Lexicon.businessNouns.contains(at(i + 2)) else { continue }
                    if at(i + 1) == "usaha" { consumed.insert(i + 1) }
                }
                if at(i + 1) == "cari" || at(i - 1) == "perusahaan" { continue }  // "usaha cari kerja" = trying to find work
                if negated(i) { continue }
                if planned(i) { clues.insert(.plan); continue }
                clues.insert(.selfEmployed)
            case "berusaha":
                if at(i + 1) == "sendiri" { clues.insert(.selfEmployed) }
            case "kuliah":
                if at(i - 1) == "of" || at(i - 1) == "lulus" { continue }  // "of course", "lulus kuliah"
                if negated(i) { continue }
                if planned(i) { clues.insert(.plan); continue }
                clues.insert(.studying)
            case "sekolah", "pelatihan", "pendidikan", "s1", "d3", "d4", "s2":
                let continuing = before(i, ["lanjut", "melanjutkan", "ikut", "lagi", "masih", "another", "more", "attending", "in"], reach: 2)
                    || at(i + 1) == "lagi"
                guard continuing, !negated(i) else { continue }
                if planned(i) { clues.insert(.plan); continue }
                clues.insert(.studying)
            case "ojol", "ojek", "gojek", "grab", "maxim", "serabutan", "magang", "internship", "intern", "kuli":
                if !negated(i) {
                    clues.insert(.unclearWorkType)
                    workPositions.append((clause, i + 1))
                }
            case "irt", "pensiun":
                clues.insert(.outsideLabourForce)
            case "rumah":
                if at(i + 1) == "tangga" { clues.insert(.outsideLabourForce) }
            case "ngurus", "mengurus", "urus", "merawat", "jaga", "jagain", "momong":
                if ["anak", "rumah", "bayi", "orang", "teman", "suami", "cucu"].contains(at(i + 1)) { clues.insert(.outsideLabourForce) }
            case "stay":
                if at(i + 1) == "home" || at(i + 2) == "home" { clues.insert(.outsideLabourForce) }
            case "belum", "sudah":
                // A clause that is only "belum"/"sudah" and fillers answers without a verb.
                let rest = w.filter { $0 != word && $0 != "masih" }
                guard rest.allSatisfy({ Lexicon.filler.contains($0) || $0 == "eh" }) else { continue }
                clues.insert(word == "belum" ? .notWorking : .bareYes)
            default:
                continue
            }
        }
    }
}
