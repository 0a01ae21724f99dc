import Foundation

/// The survey's list of options sent back with one marked: "1 bekerja sebagai karyawan ❌ / 2 wirausaha ✅ / 3 …",
/// "[ ] 1 … / [x] 5 …", "2 wirausaha 👈 ini". The marked line is the answer; a list with no line (or more than one)
/// marked is no answer a person can skip asking about.
enum OptionList {
    /// The marked option and the lines outside the list, as a numbered answer; nil when the reply is no such list.
    static func read(_ text: String) -> NumberedAnswer.Result? {
        // Runs on every reply: most have fewer lines than any list, and are turned away before the keycaps are read.
        var text = text
        for slash in [" / ", " | "] where TextSearch.contains(text, slash) { text = text.replacingOccurrences(of: slash, with: "\n") }
        guard text.reduce(0, { separators.contains($1) ? $0 + 1 : $0 }) >= 2 else { return nil }
        let lines = items(ReplyText.keycapsToDigits(text))
        var options: [(option: String, marked: Bool)] = []
        var others: [String] = []
        for line in lines {
            if let item = item(line) { options.append(item) } else { others.append(line) }
        }
        // Three numbered lines may answer three questions in turn ("1. kerja di PT X / 2. sesuai / 3. dari IG"): a list
        // is three lines or more with one marked, or five or more.
        let marked = options.filter(\.marked)
        let count = Set(options.map(\.option)).count
        guard count >= 5 || count >= 3 && !marked.isEmpty else { return nil }
        guard marked.count == 1, let chosen = marked.first else {
            return .undecided("the list of options came back with \(marked.isEmpty ? "none" : "more than one") marked")
        }
        return .code(chosen.option, tail: others.joined(separator: "\n"))
    }

    /// What separates one option from the next: a line break, or the dots of a message that lists them on one line
    /// ("1 bekerja sebagai karyawan · 2 wirausaha ✅ · 3 …", as the survey's own message may). (" / " and " | " are
    /// made line breaks first; a slash between words, "pendidikan/pelatihan", is not one.)
    private static let separators: Set<Character> = ["\n", "·", "•"]

    /// The reply cut at the separators. The words before an option after a colon are the survey's own, pasted back
    /// with it ("Balas dengan nomor yang paling sesuai: 1 bekerja …"): no words of the sender's.
    private static func items(_ text: String) -> [String] {
        text.split(whereSeparator: separators.contains).map { part in
            guard let colon = part.range(of: ": "), part[colon.upperBound...].first?.isNumber == true else { return String(part) }
            return String(part[colon.upperBound...])
        }
    }

    /// A line of the list: its option and whether it is marked as chosen. Nil for a line that does not open on an
    /// option followed by words ("1 bekerja sebagai karyawan", "[x] 5 tidak bekerja", "- 3. belum bekerja").
    private static func item(_ line: String) -> (option: String, marked: Bool)? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let opening = trimmed.prefix { !$0.isNumber && !$0.isLetter }
        let box = trimmed.lowercased().hasPrefix("[x]") || trimmed.lowercased().hasPrefix("[v]") || trimmed.lowercased().hasPrefix("(x)")
        let body = trimmed.dropFirst(box ? 3 : opening.count).drop { $0 == " " }
        guard let digit = body.first, digit.isNumber, ("1"..."9").contains(digit),
              body.dropFirst().first.map({ " .)-:".contains($0) }) == true,
              body.dropFirst().contains(where: \.isLetter) else { return nil }
        let lower = trimmed.lowercased()
        // "… belum mulai (ini kak)", "2 wirausaha ini ya": pointed at, addressing aside.
        let last = lower.split { !$0.isLetter }.reversed().first { !Lexicon.address.contains(String($0)) && !["ya", "yah", "yg", "yang"].contains($0) }
        return (String(digit), box || chosenMarks.contains { lower.contains($0) } || last == "ini")
    }

    /// Marks that choose a line: a tick, a pointing hand, an arrow.
    private static let chosenMarks = ["✅", "✔", "☑", "👈", "⬅", "←", "<-", "<<"]
}
