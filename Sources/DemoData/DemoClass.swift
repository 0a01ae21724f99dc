import Alumni

/// A class of the demo, with how many people register for it and how its export is written.
struct DemoClass {
    var programCode: String
    var programName: String
    var sector: String
    var code: String
    var year: Int
    var quota: Int
    var opens: CivilDate
    var starts: CivilDate
    var ends: CivilDate
    var registrations: Int
    /// Written as Indonesian Excel saves: BOM, `;`, CRLF, dd/mm/yyyy times.
    var excelStyle: Bool

    static let all: [DemoClass] = [
        .init("BAR", "Barista", "Pariwisata", "BAR-2024-02", 2024, 16, "2024-09-02", "2024-10-01", "2024-11-08", 48, false),
        .init("OTO", "Otomotif", "Otomotif", "OTO-2024-02", 2024, 18, "2024-09-02", "2024-10-01", "2024-11-15", 52, true),
        .init("BAR", "Barista", "Pariwisata", "BAR-2025-01", 2025, 20, "2025-01-06", "2025-02-03", "2025-03-14", 86, false),
        .init("OTO", "Otomotif", "Otomotif", "OTO-2025-01", 2025, 18, "2025-01-06", "2025-02-03", "2025-03-21", 64, true),
        .init("TBG", "Tata Boga", "Pariwisata", "TBG-2025-01", 2025, 16, "2025-01-13", "2025-02-10", "2025-03-21", 58, false),
        .init("MJH", "Menjahit", "Garmen", "MJH-2025-01", 2025, 16, "2025-01-13", "2025-02-10", "2025-03-28", 41, true),
        .init("LAS", "Pengelasan", "Manufaktur", "LAS-2025-01", 2025, 16, "2025-02-03", "2025-03-03", "2025-04-18", 37, false),
        .init("OPK", "Operator Komputer", "TIK", "OPK-2025-01", 2025, 20, "2025-02-03", "2025-03-03", "2025-04-11", 72, false),
        .init("BAR", "Barista", "Pariwisata", "BAR-2025-02", 2025, 20, "2025-06-02", "2025-07-01", "2025-08-08", 69, true),
    ]

    init(_ programCode: String, _ programName: String, _ sector: String, _ code: String, _ year: Int, _ quota: Int,
         _ opens: String, _ starts: String, _ ends: String, _ registrations: Int, _ excelStyle: Bool) {
        self.programCode = programCode
        self.programName = programName
        self.sector = sector
        self.code = code
        self.year = year
        self.quota = quota
        self.opens = CivilDate(parsing: opens)!
        self.starts = CivilDate(parsing: starts)!
        self.ends = CivilDate(parsing: ends)!
        self.registrations = registrations
        self.excelStyle = excelStyle
    }
}
