import Alumni
import GRDB
import Outreach

/// The small tables an outcome names by id (classes with their programme, campaigns), read once per question.
struct OutcomeLookup {
    var classes: [Int64: (code: String, programCode: String, programName: String)] = [:]
    var campaigns: [Int64: (code: String, channel: Channel?, approach: Approach?)] = [:]

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT c.id, c.code, p.code, p.name FROM training_class c JOIN program p ON p.id = c.program_id") {
            classes[row[0]] = (row[1], row[2], row[3])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, code, channel, approach FROM campaign") {
            campaigns[row[0]] = (row[1], (row[2] as String?).flatMap(Channel.init(rawValue:)), (row[3] as String?).flatMap(Approach.init(rawValue:)))
        }
    }
}
