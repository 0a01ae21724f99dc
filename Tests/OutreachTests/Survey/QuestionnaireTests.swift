import Foundation
import Testing
@testable import Outreach

struct QuestionnaireTests {
    @Test func defaultLoads() {
        let q = Questionnaire.default
        #expect(q.questions.count == 6)
        #expect(q.choiceQuestions.map(\.number) == [1, 4, 5, 6])
        #expect(q.question(.status)?.options?.count == 8)
        #expect(q.replyCodePrefix == "JJK")
    }

    @Test func messageFillsPlaceholders() throws {
        let code = try #require(ReplyCode(id: 9))
        let text = Questionnaire.default.message(in: .indonesian, name: "Siti", code: code, className: "Barista 3", monthsAfter: 6)
        #expect(text.hasPrefix("Halo Siti,"))
        #expect(text.contains(code.text))
        #expect(text.contains("Sudah 6 bulan sejak kelas Barista 3"))
        #expect(!text.contains("{"))
        #expect(Questionnaire.default.message(in: .english, name: "Siti", code: code, className: "Barista", monthsAfter: 3).hasPrefix("Hello Siti"))
    }

    @Test func loadsFromFile() throws {
        // The shipped file, read from the source tree as a staff member's copy would be.
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Outreach/Resources/questionnaire.json")
        #expect(try Questionnaire.load(from: url) == Questionnaire.default)
    }

    static let broken: [(json: String, field: String)] = [
        (#"{"version":1,"replyCodePrefix":"JJK","template":{"id":"{kode}","en":"{kode}"},"questions":[{"number":1,"key":"status","text":{"id":"x","en":"x"},"options":[{"code":"1","value":"employe","text":{"id":"a","en":"a"}}]}]}"#,
         "questions[0].options[0].value"),
        (#"{"version":1,"replyCodePrefix":"JJK","template":{"id":"{kode}","en":"{kode}"},"questions":[{"number":1,"key":"status","text":{"id":"x"},"options":[]}]}"#,
         "questions[0].text.en"),
        (#"{"version":1,"replyCodePrefix":"JJK","template":{"id":"Halo {name} {kode}","en":"{kode}"},"questions":[]}"#,
         "template.id"),
        (#"{"version":1,"replyCodePrefix":"JJK","template":{"id":"{kode}","en":"no code"},"questions":[]}"#,
         "template.en"),
        (#"{"version":"1","replyCodePrefix":"JJK","template":{"id":"{kode}","en":"{kode}"},"questions":[]}"#,
         "version"),
        (#"{"version":1,"replyCodePrefix":"JJK","template":{"id":"{kode}","en":"{kode}"},"questions":[{"number":1,"key":"statuss","text":{"id":"x","en":"x"}}]}"#,
         "questions[0].key"),
        (#"{"version":1,"replyCodePrefix":"JJK","template":{"id":"{kode}","en":"{kode}"},"questions":[{"number":1,"key":"status","text":{"id":"x","en":"x"},"options":[{"code":"A","value":"employee","text":{"id":"a","en":"a"}}]}]}"#,
         "questions[0].options[0].code"),
        (#"{"version":1,"replyCodePrefix":"JJK","template":{"id":"{kode}","en":"{kode}"},"questions":[{"number":1,"key":"employer","text":{"id":"x","en":"x"}}]}"#,
         "questions"),
    ]

    @Test(arguments: broken)
    func brokenFileNamesTheField(json: String, field: String) {
        do {
            _ = try Questionnaire.decode(Data(json.utf8), file: "kuesioner.json")
            Issue.record("accepted a broken file")
        } catch let error as QuestionnaireError {
            #expect(error.field == field, "\(error.localizedDescription)")
            #expect(error.localizedDescription.hasPrefix("kuesioner.json: "))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func messageTextForAWrongValue() {
        let json = Self.broken[0].json
        do { _ = try Questionnaire.decode(Data(json.utf8), file: "q.json") } catch {
            #expect(error.localizedDescription == "q.json: field questions[0].options[0].value \"employe\" is not one of employee, selfEmployed, unemployed, studying, notInLabourForce, hiredNotStarted, preparingBusiness, discouraged")
        }
    }

    @Test func notJSON() {
        #expect(throws: QuestionnaireError.self) { try Questionnaire.decode(Data("{nope".utf8), file: "q.json") }
    }

    @Test func missingFile() {
        #expect(throws: QuestionnaireError.unreadable(file: "absent.json")) {
            try Questionnaire.load(from: URL(fileURLWithPath: "/nonexistent/absent.json"))
        }
    }
}
