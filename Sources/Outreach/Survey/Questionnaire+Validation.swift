import Foundation

extension Questionnaire {
    static let placeholders: Set<String> = ["nama", "kode", "kelas", "bulan"]

    /// Checks what JSON decoding cannot: the rules the reply reader relies on.
    func validate(file: String) throws {
        func fail(_ field: String, _ problem: String) -> QuestionnaireError {
            .invalidValue(file: file, field: field, problem: problem)
        }
        guard version == 1 else { throw fail("version", "only version 1 is supported, found \(version)") }
        guard !replyCodePrefix.isEmpty, replyCodePrefix.count <= 5,
              replyCodePrefix.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw fail("replyCodePrefix", "must be 1–5 capital letters A–Z")
        }
        for (language, text) in [("id", template.id), ("en", template.en)] {
            try Self.checkPlaceholders(text, field: "template.\(language)", file: file)
        }
        var numbers = Set<Int>()
        var keys = Set<QuestionKey>()
        for (qi, q) in questions.enumerated() {
            let path = "questions[\(qi)]"
            guard (1...9).contains(q.number) else { throw fail("\(path).number", "must be 1–9") }
            guard numbers.insert(q.number).inserted else { throw fail("\(path).number", "number \(q.number) is used twice") }
            guard keys.insert(q.key).inserted else { throw fail("\(path).key", "\"\(q.key.rawValue)\" is asked twice") }
            for (lang, t) in [("id", q.text.id), ("en", q.text.en)] where t.trimmingCharacters(in: .whitespaces).isEmpty {
                throw fail("\(path).text.\(lang)", "must not be empty")
            }
            try validateOptions(of: q, path: path, file: file)
        }
        guard keys.contains(.status) else { throw fail("questions", "the status question (key \"status\") is required") }
    }

    private func validateOptions(of q: Question, path: String, file: String) throws {
        func fail(_ field: String, _ problem: String) -> QuestionnaireError {
            .invalidValue(file: file, field: field, problem: problem)
        }
        guard q.key.isChoice else {
            if q.options != nil { throw fail("\(path).options", "\"\(q.key.rawValue)\" is a free-text question and takes no options") }
            return
        }
        guard let options = q.options, !options.isEmpty else { throw fail("\(path).options", "a choice question needs options") }
        var codes = Set<String>()
        var values = Set<String>()
        for (oi, o) in options.enumerated() {
            let opath = "\(path).options[\(oi)]"
            let isDigit = o.code.count == 1 && o.code.first!.isASCII && o.code.first!.isNumber
            let isLetter = o.code.count == 1 && o.code.first!.isASCII && o.code.first!.isUppercase
            if q.key == .status, !isDigit { throw fail("\(opath).code", "status codes must be a single digit, found \"\(o.code)\"") }
            if q.key != .status, !isLetter { throw fail("\(opath).code", "must be a single capital letter, found \"\(o.code)\"") }
            guard codes.insert(o.code).inserted else { throw fail("\(opath).code", "code \"\(o.code)\" is used twice") }
            guard q.key.allowedValues.contains(o.value) else {
                throw fail("\(opath).value", "\"\(o.value)\" is not one of \(q.key.allowedValues.joined(separator: ", "))")
            }
            guard values.insert(o.value).inserted else { throw fail("\(opath).value", "\"\(o.value)\" is listed twice") }
        }
    }

    private static func checkPlaceholders(_ text: String, field: String, file: String) throws {
        var rest = Substring(text)
        var found = Set<String>()
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw QuestionnaireError.invalidValue(file: file, field: field, problem: "has a \"{\" without \"}\"")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard placeholders.contains(name) else {
                throw QuestionnaireError.invalidValue(
                    file: file, field: field,
                    problem: "unknown placeholder {\(name)}; use {nama}, {kode}, {kelas} or {bulan}")
            }
            found.insert(name)
            rest = rest[rest.index(after: close)...]
        }
        guard found.contains("kode") else {
            throw QuestionnaireError.invalidValue(file: file, field: field, problem: "must contain {kode}, the personal reply code")
        }
    }
}
