import Foundation
import Outreach

/// `jejak-reply-bench --train`: cross-validates the statistical second opinion on the training split, prints how
/// the disagreement threshold trades right readings lost (to review or replaced) against misreads caught, and writes the model trained
/// on the whole training split. The test split is never read.
enum ModelTraining {
    static let labels = ReplyScore.statusLabels + ["unclear", "chatter"]
    /// The shipped threshold and some on either side of it.
    static let shipped = ReplyInterpreter.defaultDisagreement
    static let thresholds = Set([0.02, 0.05, 0.2, 0.3, 0.4, 0.5, shipped]).sorted()
    static let folds = 5
    /// The whole reader's settings scored: the shipped `confident` and some on either side of it at the shipped
    /// disagreement, a few disagreements at two of them (the two trade against each other), and the bar for the
    /// model alone (`unaided`) at the shipped pair, 1.01 turning it off.
    static let unaided = ReplyInterpreter.defaultUnaided
    static let settings: [(disagreement: Double, confident: Double, unaided: Double)] =
        Set([0.9, 0.92, 0.93, 0.95, 0.98, ReplyInterpreter.defaultConfident]).sorted().map { (shipped, $0, unaided) }
        + [0.35, 0.4, 0.45, 0.5].filter { $0 != shipped }.flatMap { d in [0.9, 0.95].map { (d, $0, unaided) } }
        + Set([0.95, 0.98, 1.01, unaided]).subtracting([unaided]).sorted().map { (shipped, ReplyInterpreter.defaultConfident, $0) }

    static func run(corpus: [LabelledReply], out: URL, training: ReplyModel.Training, listing: Bool = false, dump: ReadingDump? = nil) throws {
        let examples = corpus.map { (text: $0.text, label: $0.label) }
        // rightSent[t] / wrongCaught[t]: recorded readings of the rules alone that the second opinion at thresholds[t]
        // sends to review or replaces (a wrong one counts as caught when it goes to review or is put right).
        var rightSent = Array(repeating: 0, count: thresholds.count), wrongCaught = rightSent
        var rightRecorded = 0, wrongRecorded = 0, modelRight = 0
        // What the rules let go as chatter: its label, the model's chance of chatter, and whether the shipped reader
        // sends it to review.
        var letGo: [(label: String, chatter: Double, kept: Bool)] = []
        // The whole reader (rules and second opinion) at each of `settings`, in corpus order, scored by `ReplyScore`.
        var readings = Array(repeating: [ReplyInterpretation?](repeating: nil, count: corpus.count), count: settings.count)
        let shippedReader = settings.firstIndex { $0 == (shipped, ReplyInterpreter.defaultConfident, unaided) }!
        let rules = ReplyInterpreter(model: nil)
        for fold in 0..<folds {
            let held = Set(corpus.indices.filter { $0 % folds == fold })
            let model = ReplyModel.train(examples.enumerated().filter { !held.contains($0.offset) }.map(\.element), labels: labels, training: training)
            for i in held.sorted() {
                let reply = corpus[i]
                let context = ReplyContext(repliedOn: reply.repliedOn, graduatedOn: reply.graduatedOn)
                let p = model.probabilities(reply.text)
                if p.max(by: { $0.value < $1.value })?.key == reply.label { modelRight += 1 }
                let alone = rules.interpret(reply.text, context: context)
                for (k, setting) in settings.enumerated() {
                    readings[k][i] = ReplyInterpreter(model: model, disagreement: setting.disagreement, confident: setting.confident, unaided: setting.unaided)
                        .interpret(reply.text, context: context)
                }
                dump?.write(reply, rules: alone, model: model)
                if alone == .notAnAnswer {
                    letGo.append((label: reply.label, chatter: p["chatter"] ?? 1, kept: readings[shippedReader][i] != .notAnAnswer))
                    continue
                }
                guard case .answer(let answer) = alone else { continue }
                let right = answer.status?.rawValue == reply.label
                if right { rightRecorded += 1 } else { wrongRecorded += 1 }
                for (t, threshold) in thresholds.enumerated() {
                    // The second opinion may send the reading to review or, when sure, replace its status.
                    let checked = ReplyInterpreter(model: model, disagreement: threshold).interpret(reply.text, context: context)
                    guard checked != alone else { continue }
                    let corrected = if case .answer(let new) = checked { new.status?.rawValue == reply.label } else { true }
                    if right { rightSent[t] += 1 } else if corrected { wrongCaught[t] += 1 }
                    if threshold == shipped && listing { print("\(right ? "right" : "WRONG")\t\(reply.label)\t\(ReplyScore.outcome(checked))\t\(reply.text.replacingOccurrences(of: "\n", with: " / "))") }
                }
            }
        }
        if listing {
            for (i, reading) in readings[shippedReader].enumerated() {
                let label = corpus[i].label, text = corpus[i].text.replacingOccurrences(of: "\n", with: " / ")
                switch reading! {
                case .answer(let answer) where answer.status?.rawValue != label:
                    print("CV WRONG\t\(label)\t\(ReplyScore.outcome(reading!))\t\(text)")
                case .needsReview where ReplyScore.statusLabels.contains(label):
                    print("CV REVIEW\t\(label)\t\(ReplyScore.outcome(reading!))\t\(text)")
                default: continue
                }
            }
        }
        print("\(folds)-fold cross-validation on the training split (\(corpus.count) replies)")
        print(String(format: "model alone: %.1f%% right", Double(modelRight) * 100 / Double(corpus.count)))
        print("rules alone recorded \(rightRecorded) right, \(wrongRecorded) wrong")
        print("threshold  right sent to review or replaced  wrong sent to review or corrected")
        for (t, threshold) in thresholds.enumerated() {
            print(String(format: "%9.2f  %6d (%4.1f%%)                    %4d of %d", threshold, rightSent[t], Double(rightSent[t]) * 100 / Double(max(1, rightRecorded)),
                         wrongCaught[t], wrongRecorded))
        }
        let chatter = letGo.filter { $0.label == "chatter" }, replies = letGo.filter { $0.label != "chatter" }
        print(String(format: "at %.2f (shipped): of what the rules let go as chatter, sent to review: %d of %d answers or unclear replies, %d of %d real chatter",
                     ReplyInterpreter.chatterDoubt, replies.filter(\.kept).count, replies.count, chatter.filter(\.kept).count, chatter.count))
        // By the model's chance of chatter alone (the shipped reader also needs the model to know the reply's words).
        print("chatter doubt  answers or unclear let go sent to review  real chatter sent to review")
        for doubt in Set([0.2, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99, ReplyInterpreter.chatterDoubt]).sorted() {
            print(String(format: "%12.2f  %6d of %d                             %4d of %d", doubt, replies.filter { $0.chatter < doubt }.count, replies.count,
                         chatter.filter { $0.chatter < doubt }.count, chatter.count))
        }
        print("disagreement  confident  unaided  recorded wrongly  clear answers to review (whole reader)")
        for (k, setting) in settings.enumerated() {
            let score = ReplyScore(corpus: corpus, readings: readings[k].map { $0! }, seconds: 0)
            print(String(format: "%12.2f  %9.2f  %7.2f  %5d (%.2f%%)    %5d (%.1f%%)", setting.disagreement, setting.confident, setting.unaided,
                         score.recordedWrongly, Double(score.recordedWrongly) * 100 / Double(score.replies),
                         score.clearToReview, Double(score.clearToReview) * 100 / Double(max(1, score.clearAnswers))))
        }

        let model = ReplyModel.train(examples, labels: labels, training: training)
        let comment = """
        Jejak's statistical second opinion on replies: softmax regression over hashed character n-grams and words.
        Generated by `jejak-reply-bench --train` from the training split of Tests/OutreachTests/Fixtures/replies
        (\(corpus.count) replies; epochs \(training.epochs), learning rate \(training.learningRate), penalty \(training.penalty), seed \(training.seed)). Do not edit by hand.
        """
        try model.text(comment: comment).write(to: out, atomically: true, encoding: .utf8)
        print("wrote \(out.path): \(model.labels.count) labels")
    }
}
