import Foundation

extension ReplyInterpreter {
    /// The model abstains on replies whose features it mostly never met in training (another language, another voice).
    static let minimumCoverage = 0.6
    /// …and when no label reaches this probability (it has no reading of its own to offer the reviewer).
    static let minimumConfidence = 0.5

    /// The rules' reading of free text, checked by the model: a recorded status the model finds very unlikely, or
    /// chatter in which the model finds a real answer, goes to review with what each reader saw.
    func secondOpinion(on reading: Reading, of text: String) -> Reading {
        guard let model, reading.issues.isEmpty else { return reading }
        let recorded = reading.answer.status
        guard recorded != nil || reading.chatter else { return reading }
        // The model speaks only where it knows most of the reply's features and holds an opinion of its own.
        let features = ReplyFeatures(text)
        guard model.coverage(features) >= Self.minimumCoverage else { return reading }
        let p = model.probabilities(features)
        guard let (top, topP) = p.max(by: { $0.value < $1.value }), topP >= Self.minimumConfidence else { return reading }
        var checked = reading
        func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
        if let recorded {
            let own = p[recorded.rawValue] ?? 0
            guard own < disagreement else { return reading }
            checked.issues.append("the rules read \(recorded.rawValue), a second (statistical) reading finds \(top) likelier (\(percent(topP)) against \(percent(own))): check")
        } else {
            let chatter = p["chatter"] ?? 1
            guard chatter < disagreement else { return reading }
            checked.chatter = false
            checked.issues.append("looks like small talk to the rules, but a second (statistical) reading finds \(top) (\(percent(topP))): check")
            if let status = LabourStatus(rawValue: top) {
                var suggestion = reading.answer
                suggestion.status = status
                checked.suggestion = suggestion
            }
        }
        return checked
    }
}
