import GRDB

/// A kelas/angkatan: one batch of a programme in a budget year, with a fixed number of free seats.
public struct TrainingClass: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "training_class"
    public var id: Int64?
    public var code: String
    public var programID: Int64
    /// The budget year (tahun anggaran); the one-seat-per-year rule reads it.
    public var year: Int
    public var quota: Int
    public var opensOn: CivilDate?
    public var startsOn: CivilDate?
    public var endsOn: CivilDate?
    public var place: String?

    enum CodingKeys: String, CodingKey {
        case id, code, year, quota, place
        case programID = "program_id"
        case opensOn = "opens_on"
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }

    public init(
        id: Int64? = nil, code: String, programID: Int64, year: Int, quota: Int,
        opensOn: CivilDate? = nil, startsOn: CivilDate? = nil, endsOn: CivilDate? = nil, place: String? = nil
    ) {
        self.id = id
        self.code = code
        self.programID = programID
        self.year = year
        self.quota = quota
        self.opensOn = opensOn
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.place = place
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
