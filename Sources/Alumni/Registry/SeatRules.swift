import GRDB

/// Checks shared by registration and waitlist promotion.
enum SeatRules {
    /// The code of another class of the same budget year in which this NIK holds a seat, if any.
    static func seatElsewhere(nik: String, trainingClass: TrainingClass, _ db: Database) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(sql: """
                SELECT c.code FROM enrollment e
                JOIN trainee t ON t.id = e.trainee_id
                JOIN training_class c ON c.id = e.class_id
                WHERE t.nik = ? AND c.year = ? AND c.id <> ? AND e.status IN \(Catalog.seatStatusList)
                LIMIT 1
                """),
            arguments: [nik, trainingClass.year, trainingClass.id])
    }
}
