import Foundation

/// An option's own words pasted after a number that is not theirs: "3. bekerja sebagai karyawan | harian lepas di
/// proyek", "(5) WIRAUSAHA / jualan seblak". The number and the pasted words disagree; the sender's own words after
/// them, when they say a status, tell which of the two was meant. With no words of their own, a person asks.
struct PastedOption {
    /// The status whose option text was pasted.
    var status: LabourStatus
    /// What follows the pasted text: the sender's own words.
    var rest: String

    /// The option of `questionnaire`'s status question whose text (Indonesian or English) `tail` opens with, matched
    /// word by word on the first four letters (typos: "karywan"); nil when none, or more than one, matches.
    init?(_ tail: String, questionnaire: Questionnaire) {
        let words = tail.split { $0.isWhitespace || "/|,.:-–—()".contains($0) }
        func key(_ word: Substring) -> String { String(word.lowercased().filter(\.isLetter).prefix(4)) }
        var found: [(LabourStatus, Int)] = []
        for option in questionnaire.question(.status)?.options ?? [] {
            guard let status = LabourStatus(rawValue: option.value) else { continue }
            for text in [option.text.id, option.text.en] {
                let label = text.split { $0.isWhitespace || "/&,".contains($0) }.prefix(3)
                // The first two words of the label (one, for a one-word label: "Wirausaha") must be there.
                let needed = min(2, label.count)
                let matched = zip(label, words).prefix { key($0) == key($1) }.count
                if matched >= needed, !found.contains(where: { $0.0 == status }) { found.append((status, matched)) }
            }
        }
        guard found.count == 1, let (status, matched) = found.first else { return nil }
        self.status = status
        // The rest starts after the last matched word, as typed.
        var remainder = Substring(tail)
        for word in words.prefix(matched) {
            guard let range = remainder.range(of: word) else { break }
            remainder = remainder[range.upperBound...]
        }
        rest = String(remainder).trimmingCharacters(in: CharacterSet(charactersIn: " /|,.:-–—()").union(.whitespacesAndNewlines))
    }
}
