import Testing
@testable import Outreach

struct AnswerCodeTests {
    private func read(_ s: String) -> AnswerCode.Result { AnswerCode.read(s, using: .default) }

    @Test(arguments: ["1AAF", "1 a a f", "1-A-A-F", "1,A,A,F", "1.A.A.F", "jawaban 1AAF kak", "1=1 4=A 5=A 6=F", "Q1 1 Q4 A Q5 A Q6 F"])
    func spellingsOfTheSameAnswer(_ text: String) {
        #expect(read(text) == .code(SurveyAnswer(status: .employee, match: .matches, incomeBand: .belowUMK, heardFrom: .friendOrFamily), issues: []))
    }

    @Test(arguments: ["halo kak", "sudah kerja", "2 tahun", "terima kasih", "", "🙏"])
    func sentencesAreNotCodes(_ text: String) {
        #expect(read(text) == .notACode)
    }

    @Test func labelledCanSkipQuestions() {
        #expect(read("1=3 6=D") == .code(SurveyAnswer(status: .unemployed, heardFrom: .broadcastChannel), issues: []))
    }

    @Test func issuesAreExplained() {
        #expect(read("1AABCD") == .notACode)  // a letter run longer than 3 is a word, not a code
        #expect(read("1AE") == .code(SurveyAnswer(status: .employee, match: .matches), issues: ["\"E\" is not an option of question 5"]))
        let extra = "reply code has more characters than there are coded questions"
        #expect(read("1 A A B C D") == .code(
            SurveyAnswer(status: .employee, match: .matches, incomeBand: .belowUMK, heardFrom: .instagramReels), issues: [extra, extra]))
        #expect(read("1=1 1=2") == .code(SurveyAnswer(status: .employee), issues: ["reply code answers question 1 twice"]))
        #expect(read("5C") == .code(SurveyAnswer(status: .notInLabourForce, match: .doesNotMatch),
                                    issues: ["reply code gives job match or income for status notInLabourForce, which is not working"]))
    }
}
