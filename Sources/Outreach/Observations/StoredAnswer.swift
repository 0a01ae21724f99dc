import Foundation
import GRDB

/// One answer as the database keeps it: what a message said (an observation's `given`), or what the reader
/// suggests for a review item. Fields a reply did not give are nil, so answers can be merged field by field.
struct StoredAnswer: Codable, Equatable {
    var status: String?
    var firstJobMonth: String?
    var employer: String?
    var match: String?
    var income: String?
    var heardFrom: String?
    var alsoStudying: Bool?

    init() {}

    init(_ answer: SurveyAnswer) {
        status = answer.status?.rawValue
        firstJobMonth = answer.firstJobMonth?.description
        employer = answer.employer
        match = answer.match?.rawValue
        income = answer.incomeBand?.rawValue
        heardFrom = answer.heardFrom?.rawValue
        alsoStudying = answer.alsoStudying ? true : nil
    }

    /// An observation row's merged columns.
    init(_ row: Row) {
        status = row["status"]
        firstJobMonth = row["first_job_month"]
        employer = row["employer"]
        match = row["job_match"]
        income = row["income_band"]
        heardFrom = row["heard_from"]
        alsoStudying = (row["also_studying"] as Bool?) == true ? true : nil
    }

    init?(json: String) {
        guard let decoded = try? JSONDecoder().decode(StoredAnswer.self, from: Data(json.utf8)) else { return nil }
        self = decoded
    }

    /// Compact JSON with sorted keys: the same answer is always the same text.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    var answer: SurveyAnswer {
        SurveyAnswer(status: status.flatMap(LabourStatus.init(rawValue:)), firstJobMonth: firstJobMonth.flatMap(YearMonth.init(parsing:)),
                     employer: employer, match: match.flatMap(JobMatch.init(rawValue:)), incomeBand: income.flatMap(IncomeBand.init(rawValue:)),
                     heardFrom: heardFrom.flatMap(HeardFrom.init(rawValue:)), alsoStudying: alsoStudying ?? false)
    }

    /// Each field `later` gives replaces this one's.
    func overwritten(by later: StoredAnswer) -> StoredAnswer {
        var result = self
        result.status = later.status ?? status
        result.firstJobMonth = later.firstJobMonth ?? firstJobMonth
        result.employer = later.employer ?? employer
        result.match = later.match ?? match
        result.income = later.income ?? income
        result.heardFrom = later.heardFrom ?? heardFrom
        result.alsoStudying = later.alsoStudying ?? alsoStudying
        return result
    }
}

extension SurveyAnswer: Encodable {
    /// The stored form's fields, for `--format json`.
    public func encode(to encoder: any Encoder) throws {
        try StoredAnswer(self).encode(to: encoder)
    }
}
