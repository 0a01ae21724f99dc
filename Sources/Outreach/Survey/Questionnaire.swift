import Foundation

/// The tracer questionnaire as data: questions, option codes and the message template, in
/// Bahasa Indonesia and English.
///
/// Staff change wording or add an option without a new build, so the text lives in a JSON
/// file (the default ships as `Resources/questionnaire.json`). The option codes drive the
/// compact reply-code reader, so an edited file changes what "1AB" means — which is why a
/// staff-edited file is validated strictly on load.
public struct Questionnaire: Sendable, Equatable, Decodable {
    /// Only version 1 exists; a later format gets a new number rather than a silent change.
    public var version: Int
    /// The personal reply-code prefix, e.g. "JJK".
    public var replyCodePrefix: String
    /// The outgoing message, with placeholders `{nama}`, `{kode}`, `{kelas}`, `{bulan}`.
    public var template: LocalizedText
    public var questions: [Question]

    /// Text in both survey languages.
    public struct LocalizedText: Sendable, Equatable, Decodable {
        /// Bahasa Indonesia.
        public var id: String
        /// English.
        public var en: String

        public func text(in language: SurveyLanguage) -> String { language == .indonesian ? id : en }
    }

    public struct Question: Sendable, Equatable, Decodable {
        /// The number printed in the message (1–9), also usable in labelled reply codes ("4=A").
        public var number: Int
        public var key: QuestionKey
        public var text: LocalizedText
        /// Present exactly for the choice questions (status, match, incomeBand, heardFrom).
        public var options: [Option]?
    }

    public struct Option: Sendable, Equatable, Decodable {
        /// What the graduate types: a digit for status, a letter for the others.
        public var code: String
        /// The raw value of the matching Swift enum (`LabourStatus`, `JobMatch`, …).
        public var value: String
        public var text: LocalizedText
    }

    /// Which answer field a question fills.
    public enum QuestionKey: String, Sendable, Equatable, Decodable, CaseIterable {
        case status, firstJobMonth, employer, match, incomeBand, heardFrom

        /// Choice questions carry options and take part in compact reply codes.
        public var isChoice: Bool { [.status, .match, .incomeBand, .heardFrom].contains(self) }

        var allowedValues: [String] {
            switch self {
            case .status: return LabourStatus.allCases.map(\.rawValue)
            case .match: return JobMatch.allCases.map(\.rawValue)
            case .incomeBand: return IncomeBand.allCases.map(\.rawValue)
            case .heardFrom: return HeardFrom.allCases.map(\.rawValue)
            case .firstJobMonth, .employer: return []
            }
        }
    }

    /// The questionnaire shipped with the library. The bundled file is covered by tests, so
    /// failing to load it is a build defect, not a runtime condition.
    public static let `default`: Questionnaire = {
        guard let url = Bundle.module.url(forResource: "questionnaire", withExtension: "json") else {
            fatalError("questionnaire.json is missing from the Outreach bundle")
        }
        do { return try load(from: url) } catch { fatalError("bundled questionnaire.json is invalid: \(error.localizedDescription)") }
    }()

    /// Loads and validates a staff-edited questionnaire.
    /// - Throws: `QuestionnaireError` naming the file and the field at fault.
    public static func load(from url: URL) throws -> Questionnaire {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw QuestionnaireError.unreadable(file: url.lastPathComponent)
        }
        return try decode(data, file: url.lastPathComponent)
    }

    /// Decodes and validates questionnaire JSON; `file` is only used in error messages.
    public static func decode(_ data: Data, file: String) throws -> Questionnaire {
        let questionnaire: Questionnaire
        do {
            questionnaire = try JSONDecoder().decode(Questionnaire.self, from: data)
        } catch let error as DecodingError {
            throw QuestionnaireError(decoding: error, file: file)
        }
        try questionnaire.validate(file: file)
        return questionnaire
    }

    /// The question filling `key`, if the questionnaire asks it.
    public func question(_ key: QuestionKey) -> Question? { questions.first { $0.key == key } }

    /// The choice questions in number order: the positions of a compact reply code.
    public var choiceQuestions: [Question] { questions.filter(\.key.isChoice).sorted { $0.number < $1.number } }

    /// The outgoing message for one graduate.
    /// - Parameters:
    ///   - name: `{nama}`, the graduate's first name.
    ///   - code: `{kode}`, the personal reply code.
    ///   - className: `{kelas}`, e.g. "Barista Batch 3".
    ///   - monthsAfter: `{bulan}`, whole months since graduation on the day the message goes out
    ///     (not the wave's number: a wave-6 message sent 7 months after graduation says 7).
    public func message(in language: SurveyLanguage, name: String, code: ReplyCode, className: String, monthsAfter: Int) -> String {
        template.text(in: language)
            .replacingOccurrences(of: "{nama}", with: name)
            .replacingOccurrences(of: "{kode}", with: code.text)
            .replacingOccurrences(of: "{kelas}", with: className)
            .replacingOccurrences(of: "{bulan}", with: String(monthsAfter))
    }
}

/// The two languages the survey is sent in.
public enum SurveyLanguage: String, Sendable, Hashable, CaseIterable {
    case indonesian = "id"
    case english = "en"
}
