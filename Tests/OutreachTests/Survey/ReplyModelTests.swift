import Alumni
import Foundation
import Testing

@testable import Outreach

@Suite("The statistical second opinion")
struct ReplyModelTests {
    static let labels = LabourStatus.allCases.map(\.rawValue) + ["unclear", "chatter"]

    /// A model that learnt the opposite of the rules: looking for work is "employee", thanks are "employee".
    static let contrary = ReplyModel.train(
        Array(repeating: [("masih nyari kerja", "employee"), ("makasih kak infonya", "employee"), ("udah kerja di pabrik", "unemployed"),
                          ("lagi kuliah semester 3", "studying"), ("halo kak", "chatter")], count: 5).flatMap { $0 }.map { (text: $0.0, label: $0.1) },
        labels: labels)

    @Test func featuresIgnoreCaseSignsAndStretchedLetters() {
        #expect(ReplyFeatures("UDH   kerjaaaa!!") == ReplyFeatures("udh kerja"))
        #expect(ReplyFeatures("udh kerja") != ReplyFeatures("blm kerja"))
        // "ab": the word, its canonical spelling, and " a", "ab", "b ", " ab", "ab ", " ab " of the padded word.
        #expect(ReplyFeatures("ab").buckets.count == 8)
        // The rules' canonical spelling is shared: "udh" and "sdh" both stand for "sudah".
        #expect(!Set(ReplyFeatures("udh").buckets).isDisjoint(with: ReplyFeatures("sdh").buckets))
        #expect(ReplyFeatures("🙏🙏").buckets.isEmpty)
        #expect(ReplyFeatures("tt").buckets != ReplyFeatures("t").buckets, "two of a letter stay two")
    }

    @Test func trainingLearnsWordsItHasSeenInNewReplies() {
        let model = ReplyModel.train([("udah kerja di pabrik", "employee"), ("kerja di toko", "employee"), ("masih nyari kerja", "unemployed"),
                                      ("lagi nyari lowongan", "unemployed")].map { (text: $0.0, label: $0.1) },
                                     labels: ["employee", "unemployed"], training: { var t = ReplyModel.Training(); t.minimumReplies = 1; return t }())
        #expect(model.probabilities("kerja di pabrik roti")["employee"]! > 0.5)
        #expect(model.probabilities("nyari2 lowongan kak")["unemployed"]! > 0.5)
    }

    @Test func theTextFormReadsBackToTheSameModel() throws {
        let again = try ReplyModel(text: Self.contrary.text(comment: "test\nmodel"))
        #expect(again.labels == Self.contrary.labels)
        for reply in ["masih nyari kerja", "halo", "kerja di bengkel"] {
            for label in Self.labels {
                #expect(abs(again.probabilities(reply)[label]! - Self.contrary.probabilities(reply)[label]!) < 1e-3)
            }
        }
    }

    @Test func aDamagedModelFileNamesTheLine() {
        let error = #expect(throws: ReplyModel.FormatError.self) { try ReplyModel(text: "labels\ta b\nbias\t0 0\n12\t0.5\n") }
        #expect(error.map { "\($0)" }?.contains("line 3") == true)
        #expect(error.map { "\($0)" }?.contains("--train") == true)
    }

    @Test func aStrongDisagreementSendsARecordedReadingToReview() {
        let context = ReplyContext(repliedOn: CivilDate(parsing: "2025-11-20")!, graduatedOn: CivilDate(parsing: "2025-04-11"))
        let alone = ReplyInterpreter(model: nil).interpret("masih nyari kerja kak", context: context)
        #expect(alone == .answer(SurveyAnswer(status: .unemployed)))
        guard case .needsReview(let suggestion, let reason) = ReplyInterpreter(model: Self.contrary, confident: 1.01).interpret("masih nyari kerja kak", context: context) else {
            Issue.record("expected review")
            return
        }
        #expect(suggestion?.status == .unemployed, "the rules' reading stays the suggestion")
        #expect(reason.contains("second (statistical) reading finds employee"))
    }

    @Test func aReadingTheModelIsSureOfIsRecorded() throws {
        let context = ReplyContext(repliedOn: CivilDate(parsing: "2025-11-20")!, graduatedOn: CivilDate(parsing: "2025-04-11"))
        #expect(try #require(Self.contrary.probabilities("masih nyari kerja kak")["employee"]) >= ReplyInterpreter.defaultConfident)
        #expect(ReplyInterpreter(model: Self.contrary).interpret("masih nyari kerja kak", context: context) == .answer(SurveyAnswer(status: .employee)))
    }

    @Test func whereTheRulesCannotDecideASureReadingIsRecorded() throws {
        let context = ReplyContext(repliedOn: CivilDate(parsing: "2025-11-20")!, graduatedOn: CivilDate(parsing: "2025-04-11"))
        guard case .needsReview(let suggestion, _) = ReplyInterpreter(model: nil).interpret("masih nganggur kak", context: context) else {
            Issue.record("the rules decided"); return
        }
        #expect(suggestion?.status == .unemployed)
        let sure = ReplyModel.train(Array(repeating: [("masih nganggur kak", "unemployed"), ("halo kak", "chatter"), ("udah kerja", "employee")], count: 10)
            .flatMap { $0 }.map { (text: $0.0, label: $0.1) }, labels: Self.labels)
        #expect(try #require(sure.probabilities("masih nganggur kak")["unemployed"]) >= ReplyInterpreter.defaultConfident)
        #expect(ReplyInterpreter(model: sure).interpret("masih nganggur kak", context: context) == .answer(SurveyAnswer(status: .unemployed)))
        #expect(ReplyInterpreter(model: sure, confident: 1.01).interpret("masih nganggur kak", context: context) != .answer(SurveyAnswer(status: .unemployed)))
    }

    /// Where the rules found nothing at all, only a model surer than `confident` records its reading.
    @Test func whereTheRulesFindNothingOnlyAnUnaidedSureReadingIsRecorded() throws {
        let text = "harlep kak di pabrik plastik"
        #expect(ReplyInterpreter(model: nil).interpret(text) == .needsReview(nil, reason: "no survey answer recognised"))
        let sure = ReplyModel.train(Array(repeating: [(text, "employee"), ("halo kak", "chatter"), ("masih nyari kerja", "unemployed")], count: 10)
            .flatMap { $0 }.map { (text: $0.0, label: $0.1) }, labels: Self.labels)
        let p = try #require(sure.probabilities(text)["employee"])
        #expect(p >= ReplyInterpreter.defaultUnaided)
        guard case .answer(let answer) = ReplyInterpreter(model: sure).interpret(text) else { Issue.record("expected an answer"); return }
        #expect(answer.status == .employee)
        // As sure as `confident` asks, not as `unaided` asks: review.
        #expect(ReplyInterpreter(model: sure, confident: p, unaided: 1.01).interpret(text) == ReplyInterpreter(model: nil).interpret(text))
    }

    @Test func aQuestionWhichOptionFitsIsRecordedWhenTheModelIsSureOfTheSameStatus() throws {
        let text = "kerja kak di toko orang digaji mingguan, isi 1 atau 2?"
        guard case .needsReview(let suggestion, let reason) = ReplyInterpreter(model: nil).interpret(text) else {
            Issue.record("the rules recorded it alone"); return
        }
        #expect(suggestion?.status == .employee)
        #expect(reason == ReplyInterpreter.asksWhichOptionIssue)
        let sure = ReplyModel.train(Array(repeating: [(text, "employee"), ("halo kak", "chatter"), ("masih nyari kerja", "unemployed")], count: 10)
            .flatMap { $0 }.map { (text: $0.0, label: $0.1) }, labels: Self.labels)
        #expect(try #require(sure.probabilities(text)["employee"]) >= ReplyInterpreter.defaultConfident)
        guard case .answer(let answer) = ReplyInterpreter(model: sure).interpret(text) else { Issue.record("expected an answer"); return }
        #expect(answer.status == .employee)
        // Unsure, or sure of another status: the question stays for a person.
        #expect(ReplyInterpreter(model: sure, confident: 1.01).interpret(text) == ReplyInterpreter(model: nil).interpret(text))
        #expect(ReplyInterpreter(model: Self.contrary).interpret(text) == ReplyInterpreter(model: nil).interpret(text))
    }

    @Test func chatterTheModelReadsAsAnAnswerGoesToReview() {
        #expect(ReplyInterpreter(model: nil).interpret("makasih kak infonya") == .notAnAnswer)
        guard case .needsReview(let suggestion, let reason) = ReplyInterpreter(model: Self.contrary).interpret("makasih kak infonya") else {
            Issue.record("expected review")
            return
        }
        #expect(suggestion?.status == .employee)
        #expect(reason.contains("small talk"))
    }

    @Test func chatterInWordsTheModelNeverMetGoesToReview() {
        let text = "wkwkwk mantap kak"
        #expect(ReplyInterpreter(model: nil).interpret(text) == .notAnAnswer)
        #expect(Self.contrary.coverage(ReplyFeatures(text)) < ReplyInterpreter.minimumCoverage)
        guard case .needsReview(nil, let reason) = ReplyInterpreter(model: Self.contrary).interpret(text) else {
            Issue.record("expected review without a suggestion")
            return
        }
        #expect(reason.contains("never met"))
        // Thanks alone stays small talk, however new its words.
        #expect(ReplyInterpreter(model: Self.contrary).interpret("terima kasih banyak kak 🙏") == .notAnAnswer)
    }

    /// A forward, an advert or a business's automatic reply may be the sender's own (their words after the forward,
    /// their own shop's catalogue or number): what the rules let go gets the same doubt as any other reply. Media alone
    /// is plain chatter, whatever the model makes of it.
    @Test func forwardsAdvertsAndAutomaticRepliesGetTheDoubtMediaAloneDoesNot() {
        let own = ["[Diteruskan]\nOPEN ORDER kue nastar keju, japri ya", "Dibutuhkan operator produksi, kirim CV ke HRD",
                   "Terima kasih telah menghubungi Jahit Nayla! Pesanan akan kami balas segera", "<Media tidak disertakan>"]
        let model = ReplyModel.train(Array(repeating: own.map { (text: $0, label: "selfEmployed") } + [(text: "halo kak", label: "chatter")], count: 10).flatMap { $0 },
                                     labels: Self.labels)
        for text in own {
            #expect(ReplyInterpreter(model: nil).interpret(text) == .notAnAnswer, "\(text)")
        }
        for text in own.dropLast() {
            guard case .needsReview(let suggestion, let reason) = ReplyInterpreter(model: model).interpret(text) else {
                Issue.record("expected review: \(text)")
                continue
            }
            #expect(suggestion?.status == .selfEmployed && reason.contains("small talk"))
        }
        #expect(ReplyInterpreter(model: model).interpret("<Media tidak disertakan>") == .notAnAnswer)
    }

    /// The examples of the reply-reading issue: the shipped model does not overrule the rules on any of them.
    @Test(arguments: ["Belum kerja kak", "Skrg jadi security di perumahan kak", "Alhamdulillah udh keterima di bengkel resmi Honda, udah 2 bulan jalan",
                      "narik gojek kak sekarang", "Lagi ngurus anak kak, di rumah aja", "jawab: 1, di PT Indofood", "No 2 kak",
                      "Udah kerja di X sejak bulan Agustus", "masih nganggur", "belum kerja di bidang otomotif, tapi kerja di gudang",
                      "gak jadi ke Korea, sekarang jualan online", "kerja belum kak", "kerja tidak, kuliah juga tidak", "udhkerja kak",
                      "blmdapet kak, masih nyari2", "wah selamat ya yg udah pada dapet kerja", "keterima kak, mulai senin depan", "udah masuk kerja kak"])
    func theShippedModelLeavesTheIssuesExamplesToTheRules(_ text: String) {
        let context = ReplyContext(repliedOn: CivilDate(parsing: "2025-11-20")!, graduatedOn: CivilDate(parsing: "2025-04-11"))
        #expect(ReplyInterpreter().interpret(text, context: context) == ReplyInterpreter(model: nil).interpret(text, context: context))
    }

    @Test func numberedAnswersAreLeftToTheRules() {
        #expect(ReplyInterpreter(model: Self.contrary).interpret("3") == ReplyInterpreter(model: nil).interpret("3"))
    }

    @Test func theShippedModelLoadsAndAgreesOnPlainReplies() throws {
        let model = try #require(ReplyModel.bundled)
        #expect(Set(model.labels) == Set(Self.labels))
        #expect(model.probabilities("alhamdulillah udah kerja di pabrik kak")["employee"]! > 0.5)
        #expect(model.probabilities("masih nyari kerja kak, blm dapet")["unemployed"]! > 0.5)
        #expect(model.probabilities("makasih kak 🙏")["chatter"]! > 0.5)
    }
}
