import Alumni
import Foundation
import Outreach

// jejak-reply-bench: reads the labelled replies and scores the reply reader.
//
//   jejak-reply-bench [--split test|train|all] [--folder PATH] [--errors|--outcomes] [--json]
//   jejak-reply-bench --explain "udh kerja di bengkel kak"   # the clues the reader sees in one reply
//   jejak-reply-bench --rules-only # without the statistical second opinion
//   jejak-reply-bench --train      # cross-validates and writes Sources/Outreach/Resources/reply-model.txt
//
// Scores: per-label precision and recall of what is recorded, the share of replies recorded with a wrong status
// (goal ≤ 1%), the share of clear answers sent to review (goal ≤ 10%), answers dropped as chatter (goal 0), and
// replies per second. `--errors` lists the misreads of the training split only: the test split is never read to
// tune the reader.

struct Options {
    var split = "test"
    var folder = "Tests/OutreachTests/Fixtures/replies"
    var errors = false
    var outcomes = false
    var json = false
    var explain: String?
    var train = false
    var rulesOnly = false
    var modelOut = "Sources/Outreach/Resources/reply-model.txt"
    var dump: String?
    var training = ReplyModel.Training()
}

/// The number after an option, or exit with what is wrong (a typo must not train with the default silently).
func number<Value: LosslessStringConvertible>(after option: String, _ arguments: inout ArraySlice<String>) -> Value {
    guard let text = arguments.popFirst(), let value = Value(text) else {
        FileHandle.standardError.write(Data("\(option) takes a number; see --help\n".utf8))
        exit(64)
    }
    return value
}

var options = Options()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--split": options.split = arguments.popFirst() ?? "test"
    case "--folder": options.folder = arguments.popFirst() ?? options.folder
    case "--errors": options.errors = true
    case "--outcomes": options.outcomes = true
    case "--json": options.json = true
    case "--explain": options.explain = arguments.popFirst()
    case "--train": options.train = true; options.split = "train"
    case "--rules-only": options.rulesOnly = true
    case "--model-out": options.modelOut = arguments.popFirst() ?? options.modelOut
    case "--dump": options.dump = arguments.popFirst()
    case "--epochs": options.training.epochs = number(after: argument, &arguments)
    case "--penalty": options.training.penalty = number(after: argument, &arguments)
    case "--learning-rate": options.training.learningRate = number(after: argument, &arguments)
    case "--min-replies": options.training.minimumReplies = number(after: argument, &arguments)
    case "--help", "-h":
        print("usage: jejak-reply-bench [--split test|train|all] [--folder PATH] [--errors|--outcomes] [--json] [--rules-only] [--dump PATH] | --explain TEXT | --train [--model-out PATH] [--dump PATH] [--epochs N] [--penalty X] [--learning-rate X] [--min-replies N]")
        exit(0)
    default:
        FileHandle.standardError.write(Data("unknown argument \(argument); see --help\n".utf8))
        exit(64)
    }
}
let interpreter = options.rulesOnly ? ReplyInterpreter(model: nil) : ReplyInterpreter()
if let text = options.explain {
    print(interpreter.explain(text, context: ReplyContext(repliedOn: CivilDate(parsing: "2025-11-20")!, graduatedOn: CivilDate(parsing: "2025-04-11"))))
    exit(0)
}
guard ["test", "train", "all"].contains(options.split) else {
    FileHandle.standardError.write(Data("--split is test, train or all\n".utf8))
    exit(64)
}
if (options.errors || options.outcomes) && options.split != "train" {
    FileHandle.standardError.write(Data("--errors lists misreads of the training split only: the test split is never read to tune the reader\n".utf8))
    exit(64)
}

let corpus: [LabelledReply]
do {
    corpus = try LabelledReply.load(folder: URL(fileURLWithPath: options.folder), split: options.split)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
guard !corpus.isEmpty else {
    FileHandle.standardError.write(Data("no *-\(options.split).jsonl files in \(options.folder)\n".utf8))
    exit(1)
}

if options.train {
    do {
        try ModelTraining.run(corpus: corpus, out: URL(fileURLWithPath: options.modelOut), training: options.training, listing: options.errors,
                              dump: try options.dump.map(ReadingDump.init(path:)))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

let start = Date()
let readings = corpus.map { interpreter.interpret($0.text, context: ReplyContext(repliedOn: $0.repliedOn, graduatedOn: $0.graduatedOn)) }
let seconds = Date().timeIntervalSince(start)
let score = ReplyScore(corpus: corpus, readings: readings, seconds: seconds)
if let path = options.dump, let model = ReplyModel.bundled {
    let dump = try ReadingDump(path: path)
    let rules = ReplyInterpreter(model: nil)
    for reply in corpus { dump.write(reply, rules: rules.interpret(reply.text, context: ReplyContext(repliedOn: reply.repliedOn, graduatedOn: reply.graduatedOn)), model: model) }
}
if options.json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(score), as: UTF8.self))
} else {
    print(score.text(split: options.split))
}
if options.errors || options.outcomes {
    for (reply, reading) in zip(corpus, readings) where options.outcomes || !score.isRight(reply, reading) {
        print("\(reply.label)\t\(ReplyScore.outcome(reading))\t\(reply.text.replacingOccurrences(of: "\n", with: " / "))")
    }
}
