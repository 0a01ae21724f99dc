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

    /// Every NIK (as a number) holding a seat in another class of the same budget year: one query for a whole
    /// import instead of one per row. `seatElsewhere` then names the class for the few it finds.
    static func seatHoldersElsewhere(of trainingClass: TrainingClass, _ db: Database) throws -> Set<Int64> {
        var holders = Set<Int64>()
        let niks = try String.fetchCursor(db, sql: """
            SELECT t.nik FROM enrollment e
            JOIN trainee t ON t.id = e.trainee_id
            JOIN training_class c ON c.id = e.class_id
            WHERE c.year = ? AND c.id <> ? AND e.status IN \(Catalog.seatStatusList)
            """, arguments: [trainingClass.year, trainingClass.id])
        while let nik = try niks.next() {
            if let number = NIK.number(of: nik) { holders.insert(number) }
        }
        return holders
    }
}
