import Foundation

extension ReplyInterpreter {
    /// What the reader saw in a reply, clause by clause: the canonical words, the clues and the decision. For whoever
    /// adds a word or a rule after a misread (`jejak-reply-bench --explain "…"`); never shown to graduates.
    public func explain(_ text: String, context: ReplyContext? = nil) -> String {
        let reply = ReplyText(Self.readable(text))
        let signals = StatusSignals(reply, context: context)
        var lines: [String] = []
        for (index, clause) in reply.clauses.enumerated() {
            let words = clause.words.map { $0.raw.lowercased() == $0.canonical ? $0.canonical : "\($0.raw)→\($0.canonical)" }
            let clues = signals.lastClause.filter { $0.value == index }.map { "\($0.key)" }.sorted()
            var marks: [String] = []
            if clause.isQuestion { marks.append("question") }
            if clause.turns { marks.append("turns") }
            if signals.clausesAboutOthers.contains(index) { marks.append("about others") }
            lines.append("clause \(index): \(words.joined(separator: " "))" + (marks.isEmpty ? "" : " [\(marks.joined(separator: ", "))]")
                + (clues.isEmpty ? "" : "  → \(clues.joined(separator: ", "))"))
        }
        let flags = [("employeeMarked", signals.employeeMarked), ("ownMarked", signals.ownMarked), ("salaried", signals.salaried),
                     ("ownish", signals.ownish), ("strongOwn", signals.strongOwn), ("future", signals.mentionsFuture)]
        lines.append("clues: \(signals.clues.map { "\($0)" }.sorted().joined(separator: ", "))")
        lines.append("flags: \(flags.filter(\.1).map(\.0).joined(separator: ", "))")
        if let model {
            let features = ReplyFeatures(text)
            let top = model.probabilities(features).sorted { $0.value > $1.value }.prefix(3)
            lines.append("second opinion: " + top.map { String(format: "%@ %.0f%%", $0.key, $0.value * 100) }.joined(separator: ", ")
                + String(format: " (%.0f%% of its features known)", model.coverage(features) * 100))
        }
        lines.append("reading: \(interpret(text, context: context))")
        return lines.joined(separator: "\n")
    }
}
