import Alumni
import Foundation

/// Turns one reply into a survey answer, says why a person must look, or lets plain chatter go.
///
/// Order: (1) personal reply codes are found and removed, and what the sender quotes or strikes out is set aside
/// (`Quotation`); (2) chat placeholders (stickers, media, deleted, forwarded messages) are chatter; (3) the list of
/// options sent back with one marked gives it (`OptionList`), and a numbered answer in any form ("1", "no 3",
/// "jawaban: 1, di PT …", "satu", "1️⃣", "1A B") gives the choices, and the text after it adds employer and month —
/// unless it contradicts them; (4) otherwise the words are read as everyday Indonesian, Javanese, Sundanese, Betawi or
/// English (`StatusSignals`) and the status decided as BPS Sakernas counts it:
///
/// - Working beats everything: for pay or profit, employee or own account, family business included; a working
///   student is working (`alsoStudying`); working and still looking for a better job is working.
/// - Accepted for a job not yet started, preparing a business, and not looking because no work can be had are
///   open unemployment, each its own status (6, 7, 8); looking for work is 3.
/// - Studying (not working) is 4; housework, care, illness, pregnancy or not wanting to work is 5.
/// - What a careful person could not tell goes to review, with the best suggestion: "belum kerja" alone (looking
///   or not?), "nganggur" alone, "udah keterima" without whether it started, an internship without whether it
///   is paid, a past job with nothing about now, a wish, a job and a business side by side.
///
/// A detail never holds a status back: a month, an employer or an income that cannot be read is left empty (the
/// text stays on the record) and the status counts.
///
/// (5) Free text read by the rules gets a second opinion from a statistical model (`ReplyModel`): a status the
/// model finds unlikely goes to review with both readings (or takes the model's reading when it is all but sure);
/// a reply the rules could not decide is recorded when the model is all but sure of it; a real answer in what the
/// rules let go as chatter goes to review.
public struct ReplyInterpreter: Sendable {
    public let questionnaire: Questionnaire
    /// The second opinion on free text; nil reads by the rules alone. The bundled model is read from disk at its
    /// first use, so an ingest that reads no reply (all its senders unknown, or every wording read before) never
    /// pays the 0.2 s its weights take to load.
    public var model: ReplyModel? { bundled ? ReplyModel.bundled : given }
    private let given: ReplyModel?
    private let bundled: Bool
    /// Below this probability for the status the rules recorded, the model's disagreement sends the reply to review.
    public let disagreement: Double
    /// Chosen with `confident`, between wrong readings recorded and clear answers sent to review: `jejak-reply-bench
    /// --train` scores the whole reader at several pairs in cross-validation on the training split. On the 56,875
    /// training replies of 2026-11-26, 0.3 and 0.95 (shipped since two voices were scored whole, 2026-11-23) recorded
    /// 1.05% wrongly and sent 8.5% of clear answers to review; 0.4 and 0.95, 0.88% and 9.3%; 0.45 and 0.9, 0.88% and
    /// 8.8%; 0.5 and 0.9, 0.84% and 9.4%; 0.45 and 0.95, 0.81% and 9.7%. Each wrong reading the disagreement catches
    /// costs about four right ones sent to review, and each the `confident` bar lets through about nine right ones
    /// recorded; 0.45 and 0.9 keeps both goals (≤ 1% wrong, ≤ 10% to review) with the widest margins. On 61,075 (four
    /// more voices on the line between small talk and an answer) still so: 0.92% and 9.5%, against 0.91% and 9.9% at
    /// 0.4 and 0.95 and 0.87% and 10.1% at 0.5 and 0.9.
    public static let defaultDisagreement = 0.45
    /// A reading the model holds this surely is recorded where the rules could not decide or disagree with it.
    public let confident: Double
    /// Chosen with `defaultDisagreement`: 0.9 until 2026-11-26, when the held-out split, scored once, missed both goals
    /// by a hair (1.01% wrong, 10.1% to review) where cross-validation had promised 0.92% and 9.5%. With `unaided` at
    /// 0.97 the cross-validation of that day (61,075 replies, the rules of `dbb1614`) read: 0.9, 0.94% wrong and 8.7%
    /// to review; 0.92, 0.90% and 9.0%; 0.93, 0.88% and 9.2%; 0.95, 0.85% and 9.6%; 0.5 and 0.9, 0.90% and 9.3%. 0.93
    /// keeps the widest margin on both goals against the gap the held-out split has shown. On 62,475 (four trade
    /// voices more, the rules of `af7c936`): 0.92, 0.92% and 8.9%; 0.93, 0.90% and 9.0%; 0.95, 0.87% and 9.5%. On
    /// 64,575 (six more voices, the rules of `4893273` with `d8e6623`'s titles and days worked): 0.92, 0.95% and
    /// 8.9%; 0.93, 0.93% and 9.1%; 0.95, 0.90% and 9.5%. On 65,975 (four trade voices more, the rules of `3da8a46`):
    /// 0.92, 0.93% and 9.0%; 0.93, 0.91% and 9.2%; 0.95, 0.89% and 9.5%. On 67,375 (four more voices, the rules of
    /// `067f38b`): 0.92, 0.93% and 9.0%; 0.93, 0.91% and 9.1%; 0.95, 0.88% and 9.5%. On 68,775 (four more voices,
    /// the rules of `b2e90c5` but for its rented car and its "setoran ke bos"): 0.92, 0.96% and 9.0%; 0.93, 0.95% and
    /// 9.2%; 0.95, 0.92% and 9.6%.
    public static let defaultConfident = 0.93
    /// A status the model holds this surely is recorded where the rules found nothing to read at all ("no survey
    /// answer recognised"): higher than `confident`, as no rule backs it.
    public let unaided: Double
    /// Chosen from the 5-fold cross-validation of 2026-11-26 on the 61,075 training replies: of the 7,821 replies the
    /// rules of that morning found nothing in (1,266 of them clear answers), the folds' models (`--train --dump`)
    /// recorded 386 right and 20 wrong at 0.95, 299 and 10 at 0.97, 537 and 42 at 0.9 (replies that quote another's
    /// answer left out: the reader shows the model only the sender's own words). The whole reader at 0.45 and 0.9
    /// (`--train`, the rules of `dbb1614`): off, 0.93% wrong and 9.4% of clear answers to review; 0.98, 0.94% and 8.9%;
    /// 0.97, 0.94% and 8.7%; 0.95, 0.96% and 8.6%. 0.97: about 300 clear answers out of review for ten more wrong
    /// readings in 61,075 replies.
    public static let defaultUnaided = 0.97

    /// The reader with the bundled second opinion.
    public init(questionnaire: Questionnaire = .default, disagreement: Double = defaultDisagreement, confident: Double = defaultConfident,
                unaided: Double = defaultUnaided) {
        self.init(questionnaire: questionnaire, given: nil, bundled: true, disagreement: disagreement, confident: confident, unaided: unaided)
    }

    /// The reader with another second opinion, or (`nil`) the rules alone.
    public init(questionnaire: Questionnaire = .default, model: ReplyModel?, disagreement: Double = defaultDisagreement,
                confident: Double = defaultConfident, unaided: Double = defaultUnaided) {
        self.init(questionnaire: questionnaire, given: model, bundled: false, disagreement: disagreement, confident: confident, unaided: unaided)
    }

    private init(questionnaire: Questionnaire, given: ReplyModel?, bundled: Bool, disagreement: Double, confident: Double, unaided: Double) {
        self.questionnaire = questionnaire
        self.given = given
        self.bundled = bundled
        self.disagreement = disagreement
        self.confident = confident
        self.unaided = unaided
    }

    public func interpret(_ text: String, context: ReplyContext? = nil) -> ReplyInterpretation {
        let (codes, uncoded) = ReplyCode.scan(text, prefix: questionnaire.replyCodePrefix)
        let valid = Set(codes.compactMap { if case .valid(let c) = $0 { c } else { nil } })
        var reasons: [String] = []
        for case .invalid(let fragment) in codes { reasons.append("reply code \"\(fragment)\" fails its check (typo?)") }
        if valid.count > 1 { reasons.append("the message carries \(valid.count) different reply codes") }
        let personal = valid.count == 1 ? valid.first : nil
        let quotation = Quotation(uncoded)
        let rest = Self.readable(quotation.own.allSatisfy(\.isWhitespace) && !quotation.onlyReacts ? Quotation.withoutStruckText(uncoded) : quotation.own)

        var reading = Reading()
        // Built only for replies read as words: most numbered answers never need it.
        lazy var words = ReplyText(rest)
        if quotation.onlyReacts {
            reading = read(quotation, context: context)
        } else if !rest.contains(where: { $0.isLetter || $0.isNumber }), Quotation.withoutStruckText(uncoded) != uncoded {
            reading = Reading(issues: ["everything in the reply is struck out (\"~7~ ~4~\"): ask what is meant"])
        } else if Self.isForwarded(rest) || Self.isJobAdvert(rest) {
            // A forward or an advert may carry the sender's own words after it without a blank line, or be the
            // sender's own business: let go unless the second opinion finds an answer in it.
            reading = secondOpinion(on: Reading(chatter: true), of: rest, words: words)
        } else if Self.isMedia(rest) {
            reading.chatter = true
        } else if let own = AutoReply.sendersWords(rest) {
            // A business's automatic reply (perhaps the sender's own business), and perhaps the sender's own words after it.
            reading = own.isEmpty ? secondOpinion(on: Reading(chatter: true), of: rest, words: words) : read(interpret(own, context: context)) ?? Reading(chatter: true)
        // Recaps name options or fields ("aku 1, Bayu 2", "Agus: buka bengkel"); without a digit or a colon a reply is
        // not looked at as one (a list under a bare word, "Kerja / Ratih / saya", is left to the rules).
        } else if rest.contains(where: { $0.isNumber || $0 == ":" }), let recap = Recap(words), let read = read(recap, context: context) {
            reading = read
        } else if let listed = OptionList.read(rest) {
            reading = read(listed, context: context)
        } else if case .code(let answer, let issues) = AnswerCode.read(rest, using: questionnaire), issues.isEmpty {
            reading = Reading(answer: answer)
        } else if let numbered = NumberedAnswer.read(rest) {
            reading = read(numbered, context: context)
        // "maaf kak baru liat / saya no 1 kak": the number after words that say no status.
        } else if let later = NumberedAnswer.readAfterPreamble(rest), StatusSignals(ReplyText(later.preamble), context: context).clues.isEmpty {
            reading = read(later.result, context: context)
        } else if case .code(let answer, let issues) = AnswerCode.read(rest, using: questionnaire) {
            reading = Reading(answer: answer, issues: issues)
        } else {
            reading = secondOpinion(on: read(words, raw: rest, context: context), of: rest, words: words)
        }
        // What the rules let go once a passage in quotes was set aside may have been the sender's own words, quoted.
        if reading.chatter, let (passage, read) = quotation.passages.lazy.map({ ($0, interpret($0, context: context)) }).first(where: { $0.1 != .notAnAnswer }) {
            reading.chatter = false
            reading.issues.append("the words in quotes may be the sender's own answer (\"\(passage)\"): check")
            if case .answer(let answer) = read { reading.suggestion = answer }
        }
        reading.answer.replyCode = personal
        reasons += reading.issues
        if reading.answer.status == nil {
            if reading.chatter && reasons.isEmpty && personal == nil { return .notAnAnswer }
            let suggestion = reading.suggestion ?? (reading.answer.isEmpty ? nil : reading.answer)
            if reasons.isEmpty { reasons.append(personal != nil && reading.answer.isEmpty ? "only a reply code, no answer" : "no survey answer recognised") }
            return .needsReview(suggestion, reason: reasons.joined(separator: "; "))
        }
        return reasons.isEmpty ? .answer(reading.answer) : .needsReview(reading.answer, reason: reasons.joined(separator: "; "))
    }

    /// The working state of one reply while it is read.
    struct Reading {
        var answer = SurveyAnswer()
        /// Reasons a person must decide; the status is withheld only for these.
        var issues: [String] = []
        /// What to suggest when the status is withheld.
        var suggestion: SurveyAnswer?
        /// Nothing but greetings, thanks, questions back, media or talk about others.
        var chatter = false
        /// The words say the graduate is without work ("nganggur", "belum kerja"): no working code can stand beside them.
        var denial = false
        /// The words say only that work ended, and not of a time to come ("tapi udh keluar", not "kontrak abis bulan depan").
        var onlyWorkEnded = false
        /// The words open on a time to come or a plan and say nothing else ("insyaallah bulan depan", "rencana mau
        /// jualan online").
        var onlyToCome = false
        /// The status is said only in passing (`SaidInPassing`): a person decides, however sure the model is.
        var inPassing = false
    }

    /// A reply that only agrees with a quoted one ("> Andi: 8 kak, ga ada lowongan / sama bro") or only says it
    /// differs ("kalo aku beda kak"): a person decides, with the quote's reading as the suggestion when it agrees.
    func read(_ quotation: Quotation, context: ReplyContext?) -> Reading {
        guard quotation.reaction == .agrees, let quote = quotation.quoted.last else {
            return Reading(issues: ["the sender says their situation differs from a quoted reply, without saying how: ask"])
        }
        var reading = Reading(issues: ["the sender only agrees with a quoted reply (\"\(quote)\"): check that it is their own situation too"])
        switch interpret(quote, context: context) {
        case .answer(let answer): reading.suggestion = answer
        case .needsReview(let suggestion, _): reading.suggestion = suggestion
        // "> Terima kasih! / sama2 kak": agreeing with small talk is small talk.
        case .notAnAnswer: return Reading(chatter: true)
        }
        reading.suggestion?.replyCode = nil
        return reading
    }

    /// The sender's own entry in a recap of several people's answers, read alone; nil when it holds no answer
    /// (the whole reply is then read as usual).
    func read(_ recap: Recap, context: ReplyContext?) -> Reading? {
        guard let own = recap.own else {
            return Reading(issues: ["a recap of other people's answers without the sender's own (\"Rizal 1 / Bagas 3\"): dismiss, or ask the sender"])
        }
        return read(interpret(own, context: context))
    }

    /// Part of a reply read on its own, as the reading of the whole; nil when the part holds no answer.
    func read(_ part: ReplyInterpretation) -> Reading? {
        switch part {
        case .answer(let answer): return Reading(answer: answer)
        case .needsReview(let suggestion, let reason): return Reading(issues: [reason], suggestion: suggestion)
        case .notAnAnswer: return nil
        }
    }

    /// A numbered answer and the text after it.
    func read(_ numbered: NumberedAnswer.Result, context: ReplyContext?) -> Reading {
        switch numbered {
        case .undecided(let reason):
            return Reading(issues: [reason])
        case .workingStudent(let code, let tail):
            var reading = read(.code(code, tail: tail), context: context)
            if reading.answer.status?.isWorking == true { reading.answer.alsoStudying = true }
            return reading
        case .code(let code, let tail):
            guard case .code(var answer, let issues) = AnswerCode.read(code, using: questionnaire) else {
                return Reading(issues: ["\"\(code)\" is not an option of question 1"])
            }
            guard issues.isEmpty else { return Reading(answer: answer, issues: issues) }
            let tailWords = ReplyText(tail)
            let text = read(tailWords, raw: tail, context: context)
            // Working beats the rest (BPS): "3 sih kak, tp sambil bantu jualan di warung ibu", "4 min, sambil freelance" —
            // when the words say the work comes besides or instead ("tp", "sambil", "skrg", "udah", "juga"). Without such a
            // word the work named may be what is sought or studied ("tiga / cari kerja / jadi operator forklift", "no 4 /
            // pelatihan lanjutan / barista level 2"): a person reads it.
            if let said = text.answer.status, said.isWorking, let coded = answer.status, !coded.isWorking, coded == .studying || coded == .unemployed {
                guard tailWords.clauses.contains(where: { $0.words.contains { Self.besides.contains($0.canonical) } }) else {
                    if let meant = meant(coded, pasted: tail, context: context) { return meant }
                    return Reading(answer: answer, issues: ["the number says \(coded.rawValue) but the words say \(said.rawValue)"])
                }
                var working = text.answer
                working.alsoStudying = working.alsoStudying || coded == .studying
                return Reading(answer: working)
            }
            // "1 tapi udh keluar kak": the work the number names has ended.
            // (Not "kontrak abis bulan depan", still to come, nor "yg lama udh resign", the job before.)
            if let coded = answer.status, coded.isWorking, text.answer.status == nil, text.onlyWorkEnded,
               !tailWords.clauses.contains(where: { $0.words.contains { ["lama", "sebelumnya", "pernah", "dulu"].contains($0.canonical) } }) {
                return Reading(answer: answer, issues: ["the number says \(coded.rawValue) but the words say the work has ended: what do they do now?"])
            }
            // "JWB 1 insyaallah bulan depan", "2 - rencana mau jualan online": the work the number names is still to come.
            if let coded = answer.status, coded.isWorking, text.answer.status == nil, text.onlyToCome {
                return Reading(answer: answer, issues: ["the number says \(coded.rawValue) but the words speak only of a time to come or a plan: has it begun?"])
            }
            let denied = text.denial && answer.status?.isWorking == true
            // "8 kak, eh tp sebenernya masih nyari2": looking is what option 8 denies, and the other way round.
            let looking = Set([answer.status, text.answer.status]) == [.discouraged, .unemployed]
            // "6 / PT Bumi Raya Plastik", "7 - patungan sama temen buka coffee shop, lg cari lokasi": the job or the
            // business to come, named (not "6, eh udah kerja", "7, udh buka warung sejak 2 minggu lalu").
            // ("lagi" begins a job, "lagi bikin kartu nama" only the preparations.)
            let (namesIt, begun): (Bool, Set<String>) = switch answer.status {
            case .hiredNotStarted?: (text.answer.status?.isWorking == true, ["sudah", "sekarang", "masih", "lagi"])
            case .preparingBusiness?: (text.answer.status == .selfEmployed, ["sudah", "sejak", "sekarang", "masih", "laris", "jalan"])
            default: (false, [])
            }
            let namesWorkToCome = namesIt && !tailWords.clauses.contains { $0.words.contains { begun.contains($0.canonical) } }
            if let said = text.answer.status ?? text.suggestion?.status, let coded = answer.status, said != coded, (!Self.agree(coded, said) && !namesWorkToCome) || denied || looking {
                if let meant = meant(coded, pasted: tail, context: context) { return meant }
                return Reading(answer: answer, issues: ["the number says \(coded.rawValue) but the words say \(said.rawValue)"])
            }
            if answer.status?.isWorking == true {
                answer.employer = text.answer.employer ?? Self.nameOnly(tail)
                answer.firstJobMonth = text.answer.firstJobMonth ?? MonthReading.read(tail, context: context).month
                answer.alsoStudying = text.answer.alsoStudying || text.answer.status == .studying
            }
            answer.match = answer.match ?? text.answer.match
            answer.incomeBand = answer.incomeBand ?? text.answer.incomeBand
            answer.heardFrom = answer.heardFrom ?? text.answer.heardFrom
            return Reading(answer: answer)
        }
    }

    /// A number followed by another option's pasted words ("3. bekerja sebagai karyawan | harian lepas di proyek"): the
    /// reading of the sender's own words after them, when those say the number's status or the pasted one; else nil.
    func meant(_ coded: LabourStatus, pasted tail: String, context: ReplyContext?) -> Reading? {
        guard let pasted = PastedOption(tail, questionnaire: questionnaire), pasted.status != coded, !pasted.rest.isEmpty else { return nil }
        let own = read(ReplyText(pasted.rest), raw: pasted.rest, context: context)
        guard own.issues.isEmpty, let said = own.answer.status, said == coded || said == pasted.status,
              let code = questionnaire.question(.status)?.options?.first(where: { $0.value == said.rawValue })?.code else { return nil }
        return read(.code(code, tail: pasted.rest), context: context)
    }

    /// Words a reply opens on to speak of a time to come or a plan.
    static let toCome: Set<String> = ["insyaallah", "insya", "insyallah", "inshaallah", "rencana", "rencananya", "mau", "nanti", "akan", "bakal", "besok", "pengen", "pingin", "ingin"]

    /// Words that put work beside or in place of a numbered status ("3 kak, tp …", "4, sambil …", "no 4, krn skrg …").
    static let besides: Set<String> = ["tapi", "sambil", "sekarang", "sudah", "juga", "jg", "karena", "krn", "soalnya"]

    /// A numbered status and words that say something compatible: working and looking for a better job, looking
    /// and not working, the words too vague to name a different status.
    static func agree(_ coded: LabourStatus, _ said: LabourStatus) -> Bool {
        if coded.isWorking && (said == .unemployed || said == .studying) { return true }
        if coded.isUnemployed && said.isUnemployed { return true }
        return false
    }

    /// Everyday language.
    func read(_ raw: String, context: ReplyContext?) -> Reading { read(ReplyText(raw), raw: raw, context: context) }

    func read(_ text: ReplyText, raw: String, context: ReplyContext?) -> Reading {
        let signals = StatusSignals(text, context: context)
        var reading = Reading()
        reading.denial = !signals.clues.isDisjoint(with: [.jobless, .notWorking, .workEnded]) && signals.clues.isDisjoint(with: [.employee, .selfEmployed, .started])
        reading.onlyWorkEnded = signals.clues == [.workEnded] && !signals.mentionsFuture
        // Opening on it: "1, tp pengen pindah jd host live" plans beside the work, "1️⃣ sejak Juni" is no time to come,
        // and "satu kak insyaAllah 🙏" a blessing with nothing to come.
        let opening = text.clauses.first?.words.first { !Lexicon.filler.contains($0.canonical) }?.raw.lowercased()
        reading.onlyToCome = signals.clues.isSubset(of: [.plan, .startsLater]) && (!signals.clues.isEmpty || signals.mentionsFuture)
            && opening.map(Self.toCome.contains) == true
        let decision = Self.decide(signals)
        reading.answer.status = decision.status
        if let reason = decision.reason { reading.issues.append(reason) }
        let details = DetailReading(text)
        let status = decision.status ?? decision.suggestion
        if status?.isWorking == true {
            reading.answer.alsoStudying = signals.clues.contains(.studying)
            reading.answer.employer = EmployerReading.read(text, workPositions: signals.workPositions)
            reading.answer.firstJobMonth = MonthReading.read(raw, context: context).month
            reading.answer.match = details.match
            reading.answer.incomeBand = details.incomeBand
        }
        reading.answer.heardFrom = details.heardFrom
        // (Not "(lupa nomer brp 😅)" beside the option's words: the number is forgotten, not the answer.)
        if decision.status != nil, decision.reason == nil, Self.asksWhichOption(text), !text.clauses.contains(where: { $0.words.contains { $0.raw.lowercased() == "lupa" } }) {
            reading.issues.append(Self.asksWhichOptionIssue)
        }
        if decision.status == nil {
            if let suggested = decision.suggestion {
                var suggestion = reading.answer
                suggestion.status = suggested
                reading.suggestion = suggestion
            }
            if decision.reason == nil {
                reading.chatter = signals.statementsAboutSender == 0 && Self.isChatter(text, skipping: signals.clausesAboutOthers)
            }
            if reading.chatter, let passing = SaidInPassing.read(text, skipping: signals.clausesAboutOthers, relativeNews: signals.relativeNews, context: context,
                                                                 questionnaire: questionnaire) {
                reading.chatter = false
                reading.inPassing = true
                reading.issues.append("the sender's own situation is said only in passing, in a question or in news about someone else: check")
                if let status = passing.status {
                    var suggestion = reading.answer
                    suggestion.status = status
                    reading.suggestion = suggestion
                }
            }
            if reading.chatter && Self.isStatusInEmoji(raw, words: text) {
                reading.chatter = false
                reading.issues.append("the reply is emoji, some of work, study or home, and little else (\"💼\", \"🛵\", \"🏠 aja kak\"): a person reads what they stand for")
            }
            if reading.chatter && PutOffAnswer.isPutOff(text) {
                reading.chatter = false
                reading.issues.append("the answer is put off (\"nanti aku kabarin\", \"lagi di jalan\"): nothing to record yet; dismiss, or ask again if no answer follows")
            }
            if reading.chatter && Self.isHalfAnswer(text, skipping: signals.clausesAboutOthers) {
                reading.chatter = false
                reading.issues.append("only small-talk words, but ones that may say how the sender is doing (\"alhamdulillah baik\", \"baru kak\"): a person reads them")
            }
            if reading.chatter && Self.asksFromOwnSituation(text, skipping: signals.clausesAboutOthers) {
                reading.chatter = false
                reading.issues.append("a question back that may tell the sender's own situation (\"kalo ga kerja dapet bantuan?\", \"aku yg udah kerja boleh ikut?\"): a person reads it")
            }
            if reading.chatter && signals.clausesAboutOthers.isEmpty && Self.asksForOwnSearch(text) {
                reading.chatter = false
                reading.issues.append("a question back that asks for openings, for help to find work or for papers to apply with (\"ada loker kak?\", \"bantu aku dapet kerja\", \"surat keterangan buat daftar PPPK\"): perhaps looking for work; a person reads it")
            }
            if reading.chatter && Self.saysSkillsAreUsed(text) {
                reading.chatter = false
                reading.issues.append("says the training's skills are (or are not yet) put to use (\"ilmunya kepake tiap hari\"): at work, in a business, or at home? a person reads it")
            }
            // Pointed at, the answer may be in words that are not small talk ("yg paling bawah"): read where nothing else was.
            let nothingElse = decision.reason == nil && reading.suggestion == nil && reading.issues.isEmpty
            if reading.chatter || nothingElse, case let pointed = PointedAnswer.read(text, questionnaire: questionnaire), pointed.points {
                reading.chatter = false
                reading.issues.append(PointedAnswer.reason)
                if let option = pointed.option {
                    var suggestion = reading.answer
                    suggestion.status = option
                    reading.suggestion = suggestion
                }
            }
        }
        return reading
    }

    /// Clues of work, and of a status without work, as a story's "now" may say them.
    static let workClues: Set<StatusSignals.Clue> = [.employee, .selfEmployed, .started]
    static let idleClues: Set<StatusSignals.Clue> = [.looking, .studying, .outsideLabourForce, .jobless, .notWorking, .preparingBusiness]

    /// The status the clues support; or nil with the reason a person must decide and the likeliest status.
    static func decide(_ s: StatusSignals) -> (status: LabourStatus?, reason: String?, suggestion: LabourStatus?) {
        var c = s.clues
        // "ikut kursus bahasa jepang, udah mulai dari tgl 5": with no work named, what has started is the course.
        if c.contains(.studying) && c.isDisjoint(with: [.employee, .selfEmployed, .accepted]) { c.remove(.started) }
        func last(_ clues: StatusSignals.Clue...) -> Int { clues.filter(c.contains).compactMap { s.lastClause[$0] }.max() ?? -1 }
        let employee = c.contains(.employee), own = c.contains(.selfEmployed)
        let lastWork = last(.employee, .selfEmployed, .started)
        // "kerja kontrak, tp udah habis, skrg nyari lg": work that a later sentence ends is past.
        // …or the same clause, where the ending governs the work ("resign dr host live bulan lalu").
        let ended = c.contains(.workEnded) && last(.workEnded) >= lastWork
        // "abis lulus sempet kerja di garmen, kontrak 3 bulan. sekarang lagi cari kerja": a story's "now" says what
        // they do, when it names no work and all the work told comes before it.
        let idleNow = s.nowClauses.contains { $0 > lastWork && !s.cluesByClause[$0, default: []].isDisjoint(with: Self.idleClues) }
        let pastStory = idleNow && s.nowClauses.allSatisfy { s.cluesByClause[$0, default: []].isDisjoint(with: Self.workClues) }
        // …and "sekarang ngojol, abis kontrak susah nyari lagi": work a "now" names is held, whatever ended around it.
        let workNow = s.nowClauses.contains { clause in
            let clues = s.cluesByClause[clause, default: []]
            return !clues.isDisjoint(with: Self.workClues) && clues.isDisjoint(with: Self.idleClues) && !clues.contains(.workEnded)
        }
        let working = (employee || own || c.contains(.started)) && !pastStory
            && (workNow || !(ended && (c.contains(.looking) || c.contains(.jobless) || c.contains(.studying) || c.contains(.outsideLabourForce))))
        let looking = c.contains(.looking) && !(c.contains(.notLooking) && last(.notLooking) >= last(.looking))
        if s.nowAndThen && !workNow { return (nil, "works now and then (\"kadang kerja kadang nggak\"): was there work in the week asked about?", own && !employee ? .selfEmployed : .employee) }
        // Unpaid work (an internship, volunteering, a friend's shop) while looking for a paid job: looking; while
        // at college: studying…
        if s.unpaid && looking && !s.salaried { return (.unemployed, nil, nil) }
        if s.unpaid && c.contains(.studying) && !s.salaried { return (.studying, nil, nil) }
        // …and not looking: outside the labour force ("jadi marbot sukarela, ga digaji. belum mau nyari kerja").
        if s.unpaid && c.contains(.notLooking) && !looking && !s.salaried && !s.ownMarked && !c.contains(.noWorkToBeHad) { return (.notInLabourForce, nil, nil) }

        // "visa udah keluar, berangkat tgl 20, kerja di pabrik": the job named after its start is the one to come —
        // unless a turn says it is held now ("…, sekarang masih kerja di toko").
        // …unless work is held meanwhile ("masih di pabrik, tp bulan depan berangkat ke korea", "sementara ngojek dulu"):
        // working this week beats a job to come (BPS).
        let heldMeanwhile = !s.unpaid && s.meanwhileClauses.contains { clause in
            let clues = s.cluesByClause[clause, default: []]
            return !clues.isDisjoint(with: [.employee, .selfEmployed, .namedWorkplace]) && clues.isDisjoint(with: [.accepted, .startsLater, .workEnded, .notWorking, .plan])
        }
        if c.contains(.accepted) && (c.contains(.startsLater) || s.mentionsFuture) && !c.contains(.started) && !heldMeanwhile
            && (last(.startsLater) >= lastWork || !s.turns.contains(lastWork)) {
            return (.hiredNotStarted, nil, nil)
        }
        // "mulai kerja bulan depan di Dinas Kebersihan jadi tenaga kontrak": when every sentence that names work says
        // when it starts, the work is still to come.
        if working && c.contains(.startsLater) && !c.contains(.started) && !workNow
            && s.cluesByClause.values.allSatisfy({ $0.isDisjoint(with: [.employee, .selfEmployed]) || $0.contains(.startsLater) }) {
            return (.hiredNotStarted, nil, nil)
        }
        if working {
            // "udah ga nyari kak, percuma. ikut orang aja harus bayar dulu ke calo": given up on finding work, with work
            // named only in passing (no start, no wage, no "now"): the work is more likely the one not found.
            if c.contains(.notLooking) && c.contains(.noWorkToBeHad) && !c.contains(.started) && !workNow && !s.salaried {
                return (nil, "says they gave up looking because no work can be had, and names work too: which is it now?", .discouraged)
            }
            // "istirahat dulu kak, stress kemarin kerja di pabrik": a rest for a while first, the work after it told as its cause.
            func first(_ clues: Set<StatusSignals.Clue>) -> Int? { s.cluesByClause.filter { !$0.value.isDisjoint(with: clues) }.keys.min() }
            if s.restsAWhile, let resting = first([.resting]), let work = first([.employee, .selfEmployed]), resting < work, s.lastClause[.resting] == resting,
               !workNow && !c.contains(.started) && !s.salaried {
                return (nil, "resting, and work told after it: is the work held (on leave) or over?", .notInLabourForce)
            }
            // "sy jadi mekanik kak, tapi di bengkel ikut paman, ga digaji cuma dikasih uang rokok": unpaid help in a
            // relative's business is a contributing family worker's (BPS: own account), however the work is called.
            if s.familyHelp && !c.contains(.accepted) && !c.contains(.workEnded) { return (.selfEmployed, nil, nil) }
            if c.contains(.workEnded) && last(.workEnded) > lastWork && !workNow {
                return (nil, "worked, but a later sentence says the work ended; what do they do now?", .unemployed)
            }
            if (c.contains(.notWorking) || c.contains(.startsLater) || c.contains(.jobless)) && last(.notWorking, .startsLater, .jobless) > lastWork && !c.contains(.started) {
                return (nil, "the reply says both working and not working", employee ? .employee : .selfEmployed)
            }
            if (s.paidByOwner || s.suppliedWork) && !c.contains(.accepted) { return (.employee, nil, nil) }
            // "ikut kakak ipar jualan buah, digaji harian", "ngelola kos2an punya om, digaji bulanan": a wage for minding
            // someone else's business, even a relative's, is a job (BPS: an employee, not a family worker). So is a
            // share of sales of goods that are someone else's ("rotinya dari pabrik, sy dapet komisi per roti").
            if own && !employee && (s.wagedByTime || s.commissioned) && s.employeeMarked && !s.ownMarked && !s.unpaid { return (.employee, nil, nil) }
            if employee && own && !s.sideBusiness {
                // Whose the work is decides ("punya orang", "digaji" / "modal sendiri", "pelanggan"); else the statement
                // that replaces the other ("…, tapi sekarang kerja ikut orang").
                if s.employeeMarked != s.ownMarked { return (s.employeeMarked ? .employee : .selfEmployed, nil, nil) }
                let lastEmployee = last(.employee), lastOwn = last(.selfEmployed)
                if lastEmployee != lastOwn, s.turns.contains(max(lastEmployee, lastOwn)) {
                    return (lastEmployee > lastOwn ? .employee : .selfEmployed, nil, nil)
                }
                return (nil, "the reply mentions both a job and an own business; the main one is unclear", lastEmployee >= lastOwn ? .employee : .selfEmployed)
            }
            // Plain "kerja" for orders or per project, with nobody's wage: own account.
            if employee && !own && s.strongOwn && !s.employeeMarked && !s.salaried && !c.contains(.started) { return (.selfEmployed, nil, nil) }
            if employee || c.contains(.started) && !own { return (.employee, nil, nil) }
            // "belum terima job": a business not open yet is being prepared — or, beside a course, a student's.
            guard c.contains(.notOpenYet) else { return (.selfEmployed, nil, nil) }
            return (c.contains(.studying) ? .studying : .preparingBusiness, nil, nil)
        }
        if c.contains(.accepted) {
            return (nil, "accepted for a job: has it started? (BPS counts hired-not-started as unemployed)", .hiredNotStarted)
        }
        if c.contains(.startsLater) && !c.contains(.studying) { return (.hiredNotStarted, nil, nil) }
        if c.contains(.preparingBusiness) || c.contains(.notOpenYet) && c.contains(.plan) { return (.preparingBusiness, nil, nil) }
        // Stopped looking because no work can be had: discouraged, however the story is told.
        if c.contains(.noWorkToBeHad) && (!looking || c.contains(.notLooking)) { return (.discouraged, nil, nil) }
        // A student looking for a job on the side is still a student (the corpus' and most tracers' reading).
        if c.contains(.studying) { return (.studying, nil, nil) }
        if looking { return (.unemployed, nil, nil) }
        // Care or housework done for a wage or for an employer is a job: "ngasuh anak tetangga, dibayar per bulan",
        // "udah ganti majikan, skrg jagain anak kecil".
        // (Not any employer's word: "ngurus cucu, anak2 pada kerja pabrik" is the children's factory.)
        if c.contains(.outsideLabourForce) && (s.salaried || s.hasMajikan) && c.isDisjoint(with: [.notWorking, .jobless, .pastWork, .workEnded, .resting]) {
            return (.employee, nil, nil)
        }
        if c.contains(.outsideLabourForce) || c.contains(.resting) && (c.contains(.notWorking) || c.contains(.notLooking) || c.contains(.jobless)) {
            return (.notInLabourForce, nil, nil)
        }
        // ("kontrak abis kak, blm nyari kerja lg": work that ended, and no search since.)
        if c.contains(.notLooking) && (c.contains(.notWorking) || c.contains(.notWorkingThere) || c.contains(.jobless) || c.contains(.workEnded)) { return (.notInLabourForce, nil, nil) }
        if c.contains(.internship) { return (nil, "an internship: is it paid (working) or part of a training (studying)?", .employee) }
        // Without work and asking the centre for openings is looking.
        if (c.contains(.jobless) || c.contains(.notWorking)) && s.askedForJobs { return (.unemployed, nil, nil) }
        if c.contains(.jobless) { return (nil, "\"nganggur\" without saying whether they look for work (3) or not (5)", .unemployed) }
        if c.contains(.notWorking) || c.contains(.notWorkingThere) { return (nil, "not working, but not said whether looking for work (3) or not (5)", .unemployed) }
        if c.contains(.pastWork) || c.contains(.workEnded) { return (nil, "worked before, but the reply does not say what they do now", nil) }
        if c.contains(.resting) { return (nil, "resting (\"istirahat dulu\") without saying whether they look for work (3) or not (5)", .notInLabourForce) }
        if c.contains(.plan) { return (nil, "a plan, not the current status", nil) }
        if c.contains(.bareYes) { return (nil, "\"sudah\" alone does not say which status", .employee) }
        if c.contains(.notLooking) { return (nil, "not looking for work, but not said whether working", nil) }
        // No status word, but whose the work is says it: orders and customers are own account, wages an employer's.
        if c.contains(.namedWorkplace) && c.isDisjoint(with: [.notLooking, .noWorkToBeHad, .workEnded]) { return (.employee, nil, nil) }
        if s.statementsAboutSender > 0 || (s.ownMarked || s.employeeMarked) && s.clausesRead > 0 {
            if s.ownMarked && !s.employeeMarked { return (.selfEmployed, nil, nil) }
            if s.employeeMarked && !s.ownMarked && s.salaried { return (.employee, nil, nil) }
        }
        // "masang payet di rumah, ambil dari juragan kebaya": work put out to the sender, with no status word.
        if s.suppliedWork && c.isDisjoint(with: [.notWorking, .jobless, .workEnded, .pastWork, .notLooking, .plan]) && s.statementsAboutSender + s.clausesRead > 0 { return (.employee, nil, nil) }
        if s.colleagues { return (nil, "speaks of colleagues (\"rekan kerja saya\"): does the graduate work there?", .employee) }
        return (nil, nil, nil)
    }

    /// The text the reader reads (and `explain` shows): without small-talk lines, a broken sentence joined.
    static func readable(_ text: String) -> String { joiningBrokenSentence(withoutSmallTalkLines(withoutPlaceholdersInLine(text))) }

    /// "… kangen jajan cilok <media tidak disertakan> sukses terus blk": a media placeholder amid the sender's words,
    /// as a chat pasted or joined by hand has it. The words around it are read; a placeholder alone stays, to be let go.
    static func withoutPlaceholdersInLine(_ text: String) -> String {
        let placeholders = Lexicon.mediaPlaceholders.filter { TextSearch.containsIgnoringASCIICase(text, $0) }
        guard !placeholders.isEmpty else { return text }
        var rest = text
        for placeholder in placeholders {
            while let range = rest.range(of: placeholder, options: .caseInsensitive) { rest.replaceSubrange(range, with: "\n") }
        }
        return rest.contains(where: { $0.isLetter || $0.isNumber }) ? rest : text
    }

    /// One sentence typed a word or two per message ("kak" · "belum" · "kerja" · "masih" · "nyari"): read as one
    /// line, or "belum" and "kerja" would be two statements and the second would say working.
    static func joiningBrokenSentence(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline)
        guard lines.count >= 3, lines.allSatisfy({ $0.split(whereSeparator: \.isWhitespace).count <= 2 }) else { return text }
        return lines.joined(separator: " ")
    }

    /// A reply written in several messages without the ones that are only small talk or a media placeholder:
    /// "Selamat pagi semua" · "3", "terima kasih infonya 🙏" · "1", "<Media tidak disertakan>" · "2". Read whole,
    /// the greeting hid the number (or became the employer); a message that says nothing either way cannot change
    /// what the others say. When every message is small talk the text stays as it was, to be let go as chatter.
    static func withoutSmallTalkLines(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        guard lines.count > 1, !isForwarded(text) else { return text }
        let said = lines.filter { line in
            if isPlaceholder(String(line)) { return false }
            let text = ReplyText(String(line))
            // "udah keterima kak" · "besok": a time word answers what came before it.
            return !isChatter(text) || text.answerWords.contains { timeWords.contains($0.canonical) }
        }
        return said.isEmpty || said.count == lines.count ? text : said.joined(separator: "\n")
    }

    /// Small-talk words that can finish another message's statement ("udah kerja" · "dari kemarin").
    static let timeWords: Set<String> = ["sudah", "baru", "lagi", "nanti", "dulu", "kemarin", "kemaren", "tadi", "barusan", "terus"]

    /// Stickers, media, deleted and forwarded messages, missed calls.
    static func isPlaceholder(_ text: String) -> Bool { isMedia(text) || isForwarded(text) }

    /// Stickers, media, deleted messages, missed calls: plain chatter. ("<Media tidak disertakan> / ini foto sertifikat
    /// aku": the media and a caption, no answer either way.)
    static func isMedia(_ text: String) -> Bool {
        let lower = text.lowercased()
        return Lexicon.mediaPlaceholders.contains(where: { TextSearch.contains(lower, $0) }) || isBracketedMedia(lower)
    }

    /// "[Stiker]", "<foto>", "(voice note)": a media item as a chat copied by hand, or another app, shows it.
    static func isBracketedMedia(_ lower: String) -> Bool {
        let trimmed = lower.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.first, let close = trimmed.last, ["[": "]", "<": ">", "(": ")"][open] == close else { return false }
        let inside = trimmed.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        return Self.mediaWords.contains { inside == $0 || inside.hasPrefix($0 + " ") }
    }

    private static let mediaWords = ["stiker", "sticker", "foto", "photo", "gambar", "image", "video", "audio", "voice", "vn", "pesan suara", "gif", "dokumen",
                                     "document", "media", "file", "lokasi", "location", "kontak", "contact"]

    /// A job advert posted in the group ("INFO LOKER: dibutuhkan barista…, kirim CV ke…", "dicari model MUA, yg minat
    /// DM"): it opens on the opening and says how to apply. Someone's own "lowongan blm dapet kak" says no such thing.
    static func isJobAdvert(_ text: String) -> Bool {
        // Plain words, not `ReplyText`: this runs on every reply, and almost none opens like an advert.
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        // …after a word that passes it on: "izin share loker ya kak / Dibutuhkan operator…".
        let opener = words.drop { ["info", "info2", "ada", "new", "urgent", "open", "izin", "ijin", "share", "sharing", "bagi", "numpang", "ya", "nih"].contains($0)
            || Lexicon.address.contains(String($0)) }.first ?? ""
        guard ["loker", "lowongan", "dibutuhkan", "dicari", "hiring", "recruitment", "rekrutmen", "vacancy"].contains(opener) else { return false }
        // "kak ada info loker ga? aku udah 6 bulan nganggur": asking for openings is not posting one.
        if text.prefix(while: { !".!\n".contains($0) }).contains("?") { return false }
        // "ada lowongan di tempat kerja saya": an opening where the sender works says that they work.
        let ownWorkplace = words.indices.dropLast().contains { i in
            ["kerja", "kantor", "pabrik", "perusahaan", "toko"].contains(words[i]) && ["saya", "aku", "gue", "gw", "sy", "ak"].contains(words[i + 1])
        } || words.contains { ["kantorku", "pabrikku", "tokoku", "kerjaku"].contains($0) }
        return !ownWorkplace && words.contains { ["cv", "lamaran", "minat", "berminat", "dm", "hubungi", "hub", "link", "wa", "email", "kirim"].contains($0) }
    }

    /// "💼", "🛵❓", "📚📚", "🏠 aja kak": emoji, one of them of work, study or home (`Lexicon.statusEmoji`), with no
    /// word beside them but addressing and particles.
    static func isStatusInEmoji(_ raw: String, words: ReplyText) -> Bool {
        raw.unicodeScalars.contains { Lexicon.statusEmoji.contains($0) } && !raw.contains(where: \.isNumber)
            && words.clauses.allSatisfy { $0.words.allSatisfy { Lexicon.address.contains($0.canonical) || neutralWords.contains($0.raw.lowercased()) } }
    }

    /// "Diteruskan" / "Forwarded" before a chain message or a job advert: not the sender's own words, unless the
    /// second opinion finds an answer in them (`interpret`). …and a line that says so: "ini kak aku teruskan dari
    /// grup RW:", "copas dari grup sebelah". Case does not matter: it lower-cases the first line only.
    static func isForwarded(_ text: String) -> Bool {
        if opensOnForwardMark(text) { return true }
        let line = text.prefix { !$0.isNewline }.lowercased().split { !$0.isLetter }
        return line.indices.dropLast().contains { i in
            ["teruskan", "terusin", "forward", "fwd", "copas", "dicopas"].contains(line[i]) && ["dari", "dr"].contains(line[i + 1])
        }
    }

    /// Text that opens on the app's mark of a forward ("[Diteruskan]", "⏩ Forwarded from Info Loker"), not on the
    /// sender's words about one ("lamaran aku udah diteruskan ke HRD").
    static func opensOnForwardMark(_ text: String) -> Bool {
        let first = text.drop { !$0.isLetter }.prefix { $0.isLetter }
        return Lexicon.forwardedMarks.contains(first.lowercased())
    }

    /// Plainly not an answer: greetings, thanks, acknowledgements, laughter, blessings, questions back to the
    /// centre, or nothing but emoji. Anything else a graduate wrote goes to a person.
    static func isChatter(_ text: ReplyText, skipping others: Set<Int> = []) -> Bool {
        // "gitu deh", "ada deh", "hmm gimana ya", "bingung", "doain aja": an answer held back is still about the sender.
        let words = text.clauses.flatMap { $0.words.map { $0.raw.lowercased() } }
        if words.contains(where: evasive.contains) || StatusSignals.containsPair(words, "ada", ["deh", "dong"]) || StatusSignals.containsPair(words, "ono", ["wae", "ae"])
            || ["doain", "doakan", "didoain", "doanya"].contains(where: { StatusSignals.containsPair(words, $0, ["aja", "saja", "ae", "wae"]) })  // "doain aja kak"
            || StatusSignals.containsPair(words, "gimana", ["ya", "yaa"]) && !text.clauses.contains(where: \.isQuestion) || isHesitation(words)
            || breaksOff(text) || leansOnAnother(text)
            // "itu kak jawabannya 🙏" under a voice note or a picture: the answer is pointed at.
            || text.clauses.contains(where: { $0.words.contains { ["jawabannya", "jawabanku", "jawabanya"].contains($0.raw.lowercased()) } }) {
            return false
        }
        // "kerja? apa itu kerja 🤔", "gaji? apa itu gaji": the survey's own word asked back, alone, is the sender's
        // situation half-said.
        let echoes = text.clauses.contains { clause in
            let said = clause.words.filter { !Lexicon.filler.contains($0.canonical) && !Lexicon.address.contains($0.canonical) }
            return clause.isQuestion && said.count == 1 && ["kerja", "nganggur", "usaha", "kuliah", "gaji", "penghasilan"].contains(said[0].canonical)
        }
        let smallTalk = text.clauses.indices.allSatisfy { index in
            let clause = text.clauses[index]
            // "sudah terima sertifikatnya": received, not thanks.
            let received = clause.words.indices.contains { j in
                clause.words[j].raw.lowercased() == "terima" && !(j + 1 < clause.words.count && ["kasih", "kasi", "ksh", "kasihh"].contains(clause.words[j + 1].raw.lowercased()))
            }
            // "ikut bapak", "bantu ibu": the sender goes along with or helps someone — perhaps at work.
            let helps = zip(clause.words, clause.words.dropFirst()).contains { pair in
                (["ikut", "bantu"].contains(pair.0.canonical) || ["ngikut", "bantuin"].contains(pair.0.raw.lowercased())) && ["keluarga", "teman", "orang"].contains(pair.1.canonical)
            }
            return clause.isQuestion || others.contains(index)
                || !received && !helps && clause.words.allSatisfy { Lexicon.filler.contains($0.canonical) || chatterWords.contains($0.canonical) || chatterWords.contains($0.raw.lowercased()) }
        }
        return !echoes && smallTalk
    }

    /// "isi apa kak?", "masuk nomor berapa?", "jawabnya 1 apa 3?": the sender is unsure which option their case is, so
    /// what the rules read from the rest is for a person to confirm.
    static func asksWhichOption(_ text: ReplyText) -> Bool {
        text.clauses.contains { clause in
            guard clause.isQuestion else { return false }
            let raw = clause.words.map { $0.raw.lowercased() }
            func isDigit(_ k: Int) -> Bool { raw.indices.contains(k) && raw[k].count == 1 && raw[k].first?.isNumber == true }
            return raw.indices.contains { i in
                // "1 apa 3?", "1 atau 3?"
                if ["apa", "atau", "ato"].contains(raw[i]) && isDigit(i - 1) && isDigit(i + 1) { return true }
                // "isi apa", "masuk nomor berapa", "termasuk yg mana"
                return whichWords.contains(raw[i]) && raw[max(0, i - 2)..<i].contains(where: optionWords.contains)
            }
        }
    }

    /// The reason `asksWhichOption` gives; the second opinion may lift it (`secondOpinion(on:of:words:)`).
    static let asksWhichOptionIssue = "the sender asks which option fits (\"isi apa?\", \"1 apa 3?\"): answer them, then record"

    private static let whichWords: Set<String> = ["apa", "mana", "berapa", "brp", "mn"]
    /// Words that ask for an option before "apa", "mana", "berapa".
    private static let optionWords: Set<String> = ["isi", "masuk", "masuknya", "jawab", "jawabnya", "pilih", "termasuk", "nomor", "nomer", "no", "opsi", "pilihan"]

    /// "ikut yg atas", "sama kak kayak Dina", "idem", "aku juga kak": the answer is another member's, in a message this
    /// reply leans on (not "sama2 kak", you're welcome, nor "aku juga kangen").
    static func leansOnAnother(_ text: ReplyText) -> Bool {
        let words = text.clauses.flatMap(\.words)
        guard words.contains(where: { NumberedAnswer.agrees($0.raw.lowercased()) }) else { return false }
        return words.allSatisfy { word in
            let raw = word.raw.lowercased()
            return NumberedAnswer.agrees(raw) || Lexicon.address.contains(word.canonical) || word.canonical == "saya" || leaningWords.contains(raw)
                || word.raw.first?.isUppercase == true && !ReplyText.known(raw)
        }
    }

    /// Words beside an agreement that point at the message agreed with: "yg atas", "kayak tadi".
    private static let leaningWords: Set<String> = ["yg", "yang", "atas", "diatas", "tadi", "itu", "kayak", "kaya", "kek", "kyk", "dengan", "dgn",
                                                    "ama", "di", "ya", "dong", "nih", "sih", "hehe", "wkwk", "aja", "kok", "persis", "plek", "ketiplek"]

    /// "kak saya nomor", "jawabannya no": an answer that breaks off before its number.
    static func breaksOff(_ text: ReplyText) -> Bool {
        guard let last = text.clauses.last, !last.isQuestion else { return false }
        let said = last.words.filter { !Lexicon.filler.contains($0.canonical) && $0.canonical != "saya" && !["jawab", "jawabannya", "jawabanku", "pilih"].contains($0.raw.lowercased()) }
        return said.count == 1 && ["nomor", "nomer", "no", "nmr", "pilihan", "nomornya"].contains(said[0].raw.lowercased())
    }

    /// "alhamdulillah baik kak", "baru kak", "nanti ya kak": small-talk words only, but words that may tell the
    /// sender's own state, with no thanks, greeting, blessing or question beside them. Plain chatter is thanks,
    /// greetings, media and questions back; this is half an answer, for a person to read.
    static func isHalfAnswer(_ text: ReplyText, skipping others: Set<Int> = []) -> Bool {
        text.clauses.indices.contains { index in
            let clause = text.clauses[index]
            guard !clause.isQuestion, !others.contains(index) else { return false }
            // "alhamdulillah baik", "kabar baik": fine; "baik kak" alone is also "OK".
            let fine = clause.words.indices.dropFirst().contains { clause.words[$0].canonical == "baik" && ["alhamdulillah", "kabar"].contains(clause.words[$0 - 1].raw.lowercased()) }
            return (fine || clause.words.contains(where: { halfAnswerWords.contains($0.canonical) })) && clause.words.allSatisfy { word in
                let c = word.canonical
                // The raw word too: "kabar" reads as a job call ("panggilan") to the status rules.
                // ("udah daftar kak": registered, for what is unsaid; not "nanti saya daftar lagi", a plan.)
                return halfAnswerWords.contains(c) || neutralWords.contains(c) || neutralWords.contains(word.raw.lowercased()) || c == "baik"
                    || Lexicon.address.contains(c) && !greetings.contains(c) || c == "daftar" && clause.words.contains { $0.canonical == "sudah" }
            }
        }
    }

    /// A question back that leans on the sender's own situation: "kalo ga kerja dapet bantuan ga?", "aku yg udah kerja
    /// boleh ikut kelas lagi?" — the sender, or a condition, beside a word of work or search in the question.
    static func asksFromOwnSituation(_ text: ReplyText, skipping others: Set<Int> = []) -> Bool {
        text.clauses.indices.contains { index in
            let clause = text.clauses[index]
            guard clause.isQuestion, !others.contains(index) else { return false }
            let w = clause.words.map(\.canonical), raw = clause.words.map { $0.raw.lowercased() }
            guard let said = w.firstIndex(where: workWords.contains) else { return false }
            // The sender as the subject ("aku", "kalo saya"), not whose ("temen saya").
            let own = w[..<said].indices.contains { (j: Int) -> Bool in
                guard w[j] == "saya" else { return false }
                return j == 0 || Lexicon.filler.contains(w[j - 1]) || Lexicon.conditionals.contains(raw[j - 1])
            }
            let supposed = w[..<said].contains { Lexicon.negators.contains($0) } && raw[..<said].contains { Lexicon.conditionals.contains($0) }
            return own || supposed
        }
    }

    /// A question back that asks for openings ("ada loker kak?", "minta info lowongan"), for help to find work, or for
    /// papers to apply for work with ("surat keterangan buat daftar PPPK"), where no one else is named: a graduate who asks this is
    /// perhaps looking, so it is not plainly chatter. A course applied for ("buat daftar kelas lain") is not work.
    static func asksForOwnSearch(_ text: ReplyText) -> Bool {
        // ("ada loker ga? buat temen saya", "share loker di grup": for others.)
        guard !text.clauses.contains(where: { $0.words.contains { someoneElse.contains($0.raw.lowercased()) || $0.canonical == "teman" } }) else { return false }
        return text.clauses.contains { clause in
            guard clause.isQuestion else { return false }
            let w = clause.words.map(\.canonical)
            // "tolong bantu aku dapet kerja", "cariin kerja dong kak": help asked to find work.
            if clause.words.contains(where: { StatusSignals.helpAsks.contains($0.raw.lowercased()) }),
               zip(w, w.dropFirst()).contains(where: { ["dapat", "cari"].contains($0) && Lexicon.jobNouns.contains($1) }) { return true }
            return w.indices.contains { i in
                if w[i] == "lowongan" { return clause.words[max(0, i - 3)..<i].contains { openingAsks.contains($0.raw.lowercased()) } }
                guard ["buat", "untuk", "utk", "bwt"].contains(clause.words[i].raw.lowercased()), i + 1 < w.count, ["daftar", "lamar"].contains(w[i + 1]) else { return false }
                return i + 2 == w.count || !courses.contains(w[i + 2])
            }
        }
    }

    /// Whom else a question for openings may be for: friends, family, the group.
    private static let someoneElse = StatusSignals.others.union(StatusSignals.relatives).union(StatusSignals.siblings).union(["grup", "group"])
    /// Words that ask for openings before "loker", "lowongan".
    private static let openingAsks: Set<String> = ["ada", "minta", "info", "nanya", "tanya", "nanyain"]
    /// What one registers for that is not work.
    private static let courses: Set<String> = ["pelatihan", "kelas", "kursus", "kuliah", "sekolah", "les", "ulang"]

    /// Words of work, search or study a question back may lean on (not "dapat", "masuk": "kok saya dapet pesan ini?").
    static let workWords: Set<String> = ["kerja", "nganggur", "lamar", "cari", "usaha", "jualan", "kuliah", "diterima", "resign"]

    /// "ilmu dari pak Slamet kepake tiap hari", "sayang ilmunya belum kepake": whether the skills are used says something
    /// of work, though not what — unlike "ilmunya bermanfaat", thanks. Whoever taught them ("ilmu dari pak Slamet"),
    /// the skills are the sender's.
    static func saysSkillsAreUsed(_ text: ReplyText) -> Bool {
        text.clauses.contains { clause in
            let raw = clause.words.map { $0.raw.lowercased() }
            return raw.contains { $0.hasPrefix("ilmu") || ["skill", "skillnya", "keahlian", "keterampilan", "keterampilannya"].contains($0) }
                && raw.contains { skillUse.contains($0) }
        }
    }

    /// Put to use, or lying idle ("ilmunya nganggur").
    static let skillUse: Set<String> = ["kepake", "kepakai", "kepakek", "dipake", "dipakai", "terpakai", "kepake2", "dipraktekin", "dipraktekkan",
                                        "dipraktikkan", "diterapin", "diterapkan", "nganggur"]

    /// Small-talk words that may also tell how the sender is doing.
    static let halfAnswerWords: Set<String> = ["sehat", "sudah", "baru", "lagi", "dulu", "besok", "nanti", "pengen", "ada"]
    /// Words that neither tell a state nor make the message small talk ("ya", "juga", "ini").
    static let neutralWords: Set<String> = ["ya", "yaa", "nya", "yg", "yang", "aja", "saja", "doang", "sih", "deh", "kan", "lah", "dong", "ini", "itu",
                                         "juga", "semua", "banyak", "buat", "untuk", "kabar", "saya", "kita", "di", "alhamdulillah"]
    /// Address words that greet or excuse: plain small talk.
    static let greetings = Lexicon.thanksAndGreetings.union(["maaf", "permisi", "sorry", "punten"])

    /// "hmmm", "emm gmn ya kak", "kumaha nya": nothing but a hesitation and how-words — an answer not yet given,
    /// not a question to the centre ("gimana cara daftarnya?" names what it asks).
    static func isHesitation(_ words: [String]) -> Bool {
        func hums(_ w: String) -> Bool { w.count >= 2 && (w.allSatisfy { "hem".contains($0) } && w.contains("m") || w == "anu" || w.allSatisfy { $0 == "e" }) }
        guard words.contains(where: hums) || words.contains(where: PutOffAnswer.howWords.contains) && words.contains(where: { ["ya", "yaa", "yah", "nya", "atuh"].contains($0) })
        else { return false }
        return words.allSatisfy { hums($0) || PutOffAnswer.howWords.contains($0) || hesitationParticles.contains($0) || Lexicon.address.contains($0) }
    }

    /// Particles that may stand beside a hesitation ("emm gmn ya kak", "kumaha nya a").
    private static let hesitationParticles: Set<String> = ["ya", "yaa", "yah", "nya", "sih", "deh", "atuh", "yo", "ki", "ini", "itu", "kalo", "jawabnya", "jawab", "a"]

    /// Words of a reply that holds its answer back: it goes to a person, never let go as chatter.
    static let evasive: Set<String> = ["gitu", "gini", "begitu", "begitulah", "gitu2", "gini2", "bingung", "rahasia", "entah", "lumayan",
                                       "pokoknya", "mikir", "proses", "sibuk", "tergantung", "kadang", "kegiatan", "terbaik", "kepo",
                                       "pengennya", "pinginnya", "maunya"]

    /// Words that make a message small talk when no status is said.
    static let chatterWords: Set<String> = [
        "samasama", "nanti", "kabarin", "kabari", "isi", "diisi", "ngisi", "bales", "balas", "jawab", "sampaikan", "diteruskan", "bentar", "sebentar",
        "kangen", "keren", "seru", "bangga", "salah", "kirim", "nomor", "nomer", "baru", "hapus", "simpan", "disimpan", "ganti", "sinyal",
        "jelek", "form", "formnya", "link", "linknya", "sertifikat", "sertifikatnya", "grup", "instruktur", "pelatihan", "kemarin", "kemaren",
        "bermanfaat", "manfaat", "sukses", "semangat", "mantap", "makin", "maju", "bapak", "ibu", "kak", "yes", "pesan", "survei", "survey",
        "sudah", "tadi", "barusan", "dulu", "ingat", "inget", "ok", "foto", "angkatan", "kita", "dong", "tolong", "ini", "itu", "juga",
        "pengen", "ikut", "daftar", "mau", "besok", "lagi", "di", "hp", "nya", "wkwk", "wkwkwk", "sehat", "kabar", "baik", "amin",
        "tahun", "ri", "dirgahayu", "lebaran", "idul", "fitri", "mohon", "doanya", "kesembuhan", "benar", "beneran",
        "pribadi", "peserta", "hubungi", "silakan", "nyampein", "saya", "ya", "sukses", "berkah", "jiwa",
        "barakallah", "insyaallah", "doakan", "doain", "ilmunya", "ilmu", "to", "your", "blk", "kami", "buat", "untuk", "semuanya", "selalu",
        "terus", "jaya", "lebih", "yg", "yang", "info", "infonya", "informasinya", "keluarga",
    ]

    /// Words that own up to a mistyped number ("kepencet", "salah ketik", "typo").
    static let slips: Set<String> = ["kepencet", "kepenjet", "kepencèt", "keteken", "kepencit", "salah", "typo", "sorry", "sori", "maaf", "ralat"]

    /// The text after a working code, when what is left looks like a name: at most 6 words, no status words.
    static func nameOnly(_ tail: String) -> String? {
        let text = ReplyText(tail)
        if text.answerWords.contains(where: { StatusSignals.statementWords.contains($0.canonical) && $0.canonical != "kerja" }) { return nil }
        var words: [String] = []
        // (Not a clause that opens on "tapi": "1 kak, tp kontraknya habis bulan depan" names no employer.)
        for clause in text.clauses where !clause.isQuestion && clause.words.first?.canonical != "tapi" && !StatusSignals.isAboutOthers(clause) {
            for w in clause.words {
                let c = w.canonical
                if MonthReading.monthNumber(c) != nil || (w.raw.count == 4 && w.raw.allSatisfy(\.isNumber)) { continue }
                if Lexicon.filler.contains(c) || ["di", "sejak", "mulai", "bulan", "dari", "tahun", "kerja", "karyawan", "usaha", "nama", "namanya", "tempat", "jadi",
                                                   "sudah", "masih", "lagi", "baru", "sekarang", "alhamdulillah"].contains(c) {
                    if words.isEmpty { continue } else { break }
                }
                if !words.isEmpty, EmployerReading.stopWords.contains(c) { break }  // "PT Sumber Rejeki udah 2 tahun"
                words.append(w.raw)
            }
            if !words.isEmpty { break }
        }
        // "2! kepencet": owning up to a slip names nobody.
        guard !words.isEmpty, words.count <= 6, !Self.slips.contains(words[0].lowercased()) else { return nil }
        // A name has a word typed as a name, one the reader does not know, or a workplace: not "satu kak insyaAllah",
        // "JWB 1 ga".
        let named = words.contains { word in
            let lower = word.lowercased()
            return word.first?.isUppercase == true || !ReplyText.known(lower) || Lexicon.places.contains(lower) || Lexicon.businessNouns.contains(lower)
        }
        return named ? words.joined(separator: " ") : nil
    }
}
