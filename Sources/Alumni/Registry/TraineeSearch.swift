import GRDB

/// Finds people the way staff see them: by the last four digits of a NIK (all that lists and reviews show) or by
/// part of a name, optionally within one class.
public struct TraineeSearch: Sendable {
    /// One person found: masked NIK, name and the classes they registered for.
    public struct Match: Sendable, Equatable, Encodable {
        /// Masked to the last four digits.
        public var nik: String
        public var name: String
        public var classes: [String]
        /// The whole NIK, for `nik(_:classCode:)`; never printed.
        let digits: String

        enum CodingKeys: String, CodingKey { case nik, name, classes }
    }

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// People whose NIK ends with `text` (four digits) or whose name contains it, ignoring case and accents.
    public func find(_ text: String, classCode: String? = nil, limit: Int = 50) throws -> [Match] {
        let digits = text.filter(\.isNumber)
        let byNIK = digits.count == text.trimmingCharacters(in: .whitespaces).count && digits.count >= 4
        let key = NameKey.make(text)
        // "%", "_", ".": no letter of a name, so nobody (an empty key would match everybody).
        if !byNIK && key.isEmpty { return [] }
        return try database.read { db in
            var sql = """
                SELECT t.id, t.nik, t.name, GROUP_CONCAT(c.code, ',') AS classes
                FROM trainee t JOIN enrollment e ON e.trainee_id = t.id JOIN training_class c ON c.id = e.class_id
                WHERE \(byNIK ? "t.nik LIKE '%' || ?" : "t.name_key LIKE '%' || ? || '%'")
                """
            var arguments: StatementArguments = [byNIK ? digits : key]
            if let classCode {
                _ = try Catalog.trainingClass(classCode, db)
                sql += " AND t.id IN (SELECT trainee_id FROM enrollment WHERE class_id = (SELECT id FROM training_class WHERE code = ?))"
                arguments += [classCode]
            }
            sql += " GROUP BY t.id ORDER BY t.name LIMIT \(limit)"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                Match(nik: NIK.mask(row["nik"] as String), name: row["name"],
                      classes: ((row["classes"] as String?) ?? "").split(separator: ",").map(String.init).sorted(), digits: row["nik"])
            }
        }
    }

    /// The full NIK of the one person `text` finds (for commands that take a NIK), or an error listing who matched.
    public func nik(_ text: String, classCode: String?) throws -> String {
        if case .success(let nik) = NIK.parse(text) { return nik.digits }
        let found = try find(text, classCode: classCode, limit: 10)
        guard found.count == 1 else { throw AlumniError.ambiguousPerson(text, found: found.map { "\($0.nik) \($0.name) (\($0.classes.joined(separator: ", ")))" }) }
        return found[0].digits
    }
}
