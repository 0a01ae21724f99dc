import Foundation
import Testing
@testable import Alumni

@Suite struct RegistrationImporterTests {
    @Test func excelSemicolonFileWithBOMAndCRLF() throws {
        // Given the shape Indonesian Excel saves: BOM, `;`, CRLF, a quoted name with a comma and "" quotes.
        let (database, _) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 2, 2025)])

        // When it is imported
        let report = try RegistrationImporter(database: database)
            .importFile(at: fixture("registrasi_excel_semicolon.csv"), classCode: "BAR-01", now: fixedNow)

        // Then seats follow registration time (line 3 registered first), the third valid row waits,
        // and Serpong (Kota Tangerang Selatan) is outside the area.
        #expect(report.acceptedLines == [3, 2])
        #expect(report.waitlistLines == [4])
        #expect(report.rejections == [.init(line: 5, reason: "kecamatan \"Serpong\" is outside the service area")])
        #expect(report.warnings == [.init(line: 4, message: "jenis_kelamin does not match the gender encoded in the NIK")])

        let budi = try TraineeHistory.load(nik: "3671051203980001", from: database)
        #expect(budi.trainee.name == "Wijaya, Budi")
        #expect(budi.trainee.phone == "+6281234567001")
        #expect(budi.trainee.instagram == "budi.wijaya")
        #expect(budi.trainee.kecamatan == "Karang Tengah")
        #expect(budi.classes.first?.campaignCode == "BAR25-FEED")
        let dewi = try TraineeHistory.load(nik: "3671051503970003", from: database)
        #expect(dewi.trainee.name == "Dewi \"Ayu\" Lestari")
        #expect(dewi.classes.first?.warnings == ["jenis_kelamin does not match the gender encoded in the NIK"])

        // Unknown columns are kept with the enrolment.
        let extra = try database.read { db in try String.fetchOne(db, sql: "SELECT extra FROM enrollment WHERE source_line = 2") }
        #expect(extra == #"{"Ukuran Seragam":"L"}"#)
    }

    @Test func seatsGoByRegistrationTimeNotFileOrder() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 2, 2025)])
        let csv = registrationHeader
            + row("2025-01-05 08:03:00", nik(1), "Satu")
            + row("2025-01-05 08:01:00", nik(2), "Dua")
            + row("2025-01-05 08:02:00", nik(3), "Tiga")
            + row("05/01/2025 08:00", nik(4), "Empat")
        let report = try RegistrationImporter(database: database)
            .importFile(at: writeFile(csv, named: "r.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        #expect(report.acceptedLines == [5, 3])
        #expect(report.waitlistLines == [4, 2])
    }

    @Test(arguments: [(3, 3, 0), (3, 4, 1), (1, 2, 1)])
    func quotaBoundary(quota: Int, rows count: Int, waitlisted: Int) throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", quota, 2025)])
        var csv = registrationHeader
        for i in 1...count { csv += row("2025-01-05 08:0\(i):00", nik(i), "Peserta \(i)") }
        let report = try RegistrationImporter(database: database)
            .importFile(at: writeFile(csv, named: "r.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        #expect(report.accepted == count - waitlisted)
        #expect(report.waitlisted == waitlisted)
        #expect(try Catalog(database: database).summary(of: "BAR-01").seatsTaken == min(quota, count))
    }

    @Test func everyRejectionReason() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 20, 2025)])
        let csv = registrationHeader
            + row("2025-01-05 08:00", nik(1), "Valid")
            + row("2025-01-05 08:01", "367105120398001", "Pendek")  // 15 digits
            + row("2025-01-05 08:02", "0071051203980002", "Provinsi nol")
            + row("2025-01-05 08:03", "3671053203980003", "Tanggal 32")
            + row("2025-01-05 08:04", "3671051203980000", "Serial nol")
            + row("2025-01-05 08:05", nik(1), "Ulang")  // repeats line 2
            + row("2025-01-05 08:06", nik(6), "Luar kota", kecamatan: "Cikupa")
            + row("kemarin", nik(7), "Waktu rusak")
            + row("2025-01-05 08:08", nik(8), "")
            + "2025-01-05 08:09,\(nik(9)),Kolom,L\n"
            + row("2025-01-05 08:10", nik(10), "Tanpa kecamatan", kecamatan: "")
        let report = try RegistrationImporter(database: database)
            .importFile(at: writeFile(csv, named: "r.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        #expect(report.acceptedLines == [2])
        #expect(report.rejections.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
        let reasons = Dictionary(uniqueKeysWithValues: report.rejections.map { ($0.line, $0.reason) })
        #expect(reasons[3] == "NIK must have 16 digits, found 15")
        #expect(reasons[4] == "NIK province, city and district codes must not be 00")
        #expect(reasons[5] == "NIK birth date (digits 7-12) is not a real date")
        #expect(reasons[6] == "NIK serial (last 4 digits) must not be 0000")
        #expect(reasons[7] == "repeats the NIK of line 2 in this file")
        #expect(reasons[8] == "kecamatan \"Cikupa\" is outside the service area")
        #expect(reasons[9]?.hasPrefix("waktu_daftar \"kemarin\" is not a date and time") == true)
        #expect(reasons[10] == "nama is empty")
        #expect(reasons[11] == "has 4 fields but the header has 9; check for an unquoted delimiter")
        #expect(reasons[12] == "kecamatan is empty")
        // A rejected person with a valid NIK keeps the rejection in their history.
        let history = try TraineeHistory.load(nik: nik(6), from: database)
        #expect(history.classes.first?.events.map(\.status) == [.registered, .rejected])
        #expect(history.classes.first?.events.last?.reason == "kecamatan \"Cikupa\" is outside the service area")
    }

    @Test func nikFromElsewhereWithCityAddressIsAccepted() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025)])
        let csv = registrationHeader + row("2025-01-05 08:00", nik(1, region: "320101"), "Pendatang", kecamatan: "Larangan")
        let report = try RegistrationImporter(database: database)
            .importFile(at: writeFile(csv, named: "r.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        #expect(report.acceptedLines == [2])
    }

    @Test func birthDateDisagreementIsAWarningNotARejection() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025)])
        let csv = registrationHeader + row("2025-01-05 08:00", nik(1), "Beda Tanggal", birth: "13/03/1998")
        let report = try RegistrationImporter(database: database)
            .importFile(at: writeFile(csv, named: "r.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        #expect(report.accepted == 1)
        #expect(report.warnings == [.init(line: 2, message: "tanggal_lahir does not match the birth date in the NIK")])
    }

    @Test func reimportChangesNothingAndALaterExportAddsOnlyTheNewRows() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 2, 2025)])
        let first = registrationHeader
            + row("2025-01-05 08:00", nik(1), "Satu")
            + row("2025-01-05 08:01", "123", "Rusak")
            + row("2025-01-05 08:02", nik(3), "Tiga")
            + row("2025-01-05 08:03", nik(4), "Empat")
        let importer = RegistrationImporter(database: database)
        let url = try writeFile(first, named: "r1.csv", in: folder)
        let initial = try importer.importFile(at: url, classCode: "BAR-01", now: fixedNow)
        #expect((initial.accepted, initial.waitlisted, initial.rejected) == (2, 1, 1))

        let again = try importer.importFile(at: url, classCode: "BAR-01", now: fixedNow)
        #expect(again.nothingNew)
        #expect(again.unchanged == 4)

        // A later, cumulative export: new rows at the top, an earlier registration time than the waitlist.
        let later = registrationHeader
            + row("2025-01-05 07:59", nik(5), "Lima")
            + first.dropFirst(registrationHeader.count)
            + row("2025-01-05 09:00", nik(6), "Enam")
        let report = try importer.importFile(at: writeFile(later, named: "r2.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        #expect(report.unchanged == 4)
        #expect(report.accepted == 0)
        #expect(report.waitlistLines == [2, 7])
        let summary = try Catalog(database: database).summary(of: "BAR-01")
        #expect(summary.seatHolders.map(\.name) == ["Satu", "Tiga"])
        #expect(summary.waitlist.map(\.name) == ["Lima", "Empat", "Enam"])
    }

    @Test func oneSeatPerBudgetYearAcrossClasses() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025), ("BAR-02", 5, 2025), ("BAR-03", 5, 2026)])
        let importer = RegistrationImporter(database: database)
        let csv = registrationHeader + row("2025-01-05 08:00", nik(1), "Satu")
        let url = try writeFile(csv, named: "r.csv", in: folder)
        #expect(try importer.importFile(at: url, classCode: "BAR-01", now: fixedNow).accepted == 1)
        let second = try importer.importFile(at: url, classCode: "BAR-02", now: fixedNow)
        #expect(second.rejections == [.init(line: 2, reason: "already holds a seat in class BAR-01 of budget year 2025")])
        #expect(try importer.importFile(at: url, classCode: "BAR-03", now: fixedNow).accepted == 1)
    }

    @Test func oneSeatPerYearCanBeSwitchedOff() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025), ("BAR-02", 5, 2025)])
        try Settings(database: database).set(.oneSeatPerYear, to: "false")
        let importer = RegistrationImporter(database: database)
        let url = try writeFile(registrationHeader + row("2025-01-05 08:00", nik(1), "Satu"), named: "r.csv", in: folder)
        _ = try importer.importFile(at: url, classCode: "BAR-01", now: fixedNow)
        #expect(try importer.importFile(at: url, classCode: "BAR-02", now: fixedNow).accepted == 1)
    }

    @Test func anotherCitysKecamatanList() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025)])
        try Settings(database: database).set(.domicileKecamatan, to: "Serpong, Ciputat, Pamulang")
        let csv = registrationHeader
            + row("2025-01-05 08:00", nik(1), "Satu", kecamatan: "Kec. Serpong")
            + row("2025-01-05 08:01", nik(2), "Dua", kecamatan: "Cipondoh")
        let report = try RegistrationImporter(database: database)
            .importFile(at: writeFile(csv, named: "r.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        #expect(report.acceptedLines == [2])
        #expect(report.rejections.map(\.line) == [3])
    }

    @Test func missingRequiredColumnFailsBeforeWriting() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025)])
        let url = try writeFile("waktu_daftar,nama,kecamatan\n2025-01-05 08:00,Satu,Cipondoh\n", named: "r.csv", in: folder)
        #expect(throws: AlumniError.self) {
            try RegistrationImporter(database: database).importFile(at: url, classCode: "BAR-01", now: fixedNow)
        }
        do {
            _ = try RegistrationImporter(database: database).importFile(at: url, classCode: "BAR-01", now: fixedNow)
        } catch {
            #expect(error.localizedDescription.contains("line 1: missing required column(s) nik"))
        }
        let imports = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM registration_import") }
        #expect(imports == 0)
    }

    @Test func aWorkbookIsNotCSV() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025)])
        let url = folder.appendingPathComponent("r.xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).write(to: url)
        #expect(throws: CSVError.notCSV(file: url.path, reason: "it is a zip or Excel workbook (.xlsx); in Excel use Save As → CSV UTF-8")) {
            try RegistrationImporter(database: database).importFile(at: url, classCode: "BAR-01", now: fixedNow)
        }
    }

    @Test func unknownClassIsNamed() throws {
        let (database, folder) = try makeDatabase()
        let url = try writeFile(registrationHeader + row("2025-01-05 08:00", nik(1), "Ada"), named: "r.csv", in: folder)
        #expect(throws: AlumniError.unknownClass("NOPE")) {
            try RegistrationImporter(database: database).importFile(at: url, classCode: "NOPE", now: fixedNow)
        }
    }

    @Test func reportJSONHasTheDocumentedShapeAndNoNIK() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 1, 2025)])
        let csv = registrationHeader + row("2025-01-05 08:00", nik(1), "Satu") + row("2025-01-05 08:01", nik(2), "Dua") + row("x", nik(3), "Tiga")
        let report = try RegistrationImporter(database: database)
            .importFile(at: writeFile(csv, named: "r.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        #expect(Set(json.keys) == ["accepted", "waitlisted", "rejected", "unchanged", "accepted_lines", "waitlist_lines", "rejections", "warnings"])
        #expect(json["accepted_lines"] as? [Int] == [2])
        #expect(json["waitlist_lines"] as? [Int] == [3])
        let text = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(!text.contains(nik(1)) && !text.contains(nik(3)))
    }

    /// The CLI writes the report in pieces; they must add up to the encoder's JSON, whatever the strings hold.
    @Test(arguments: [
        ImportReport(),
        ImportReport(
            accepted: 2, waitlisted: 1, rejected: 2, unchanged: 7, acceptedLines: [3, 2], waitlistLines: [9],
            rejections: [.init(line: 4, reason: "NIK \"12\" / kosong\\"), .init(line: 5, reason: "tab\there\r\nand \u{1}\u{8}\u{C}\u{1B}\u{7F}")],
            warnings: [.init(line: 2, message: "Kecamatan 'Cibodas' — ditulis “Cibodass” 🙏\u{2028}")]),
    ])
    func reportJSONInPiecesIsTheEncodersJSON(report: ImportReport) throws {
        var pieces = ""
        try report.writeJSON { pieces += $0 }
        #expect(pieces == (try JSONOutput.string(report)) + "\n")
    }

    @Test func aLongReportComesInSeveralPieces() throws {
        var report = ImportReport()
        report.acceptedLines = Array(2..<50_000)
        var pieces: [String] = []
        try report.writeJSON { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.joined() == (try JSONOutput.string(report)) + "\n")
    }

    /// The import reads its file twice (decide, then write). A file rewritten in between is refused whole: before,
    /// the rows it had lost were skipped without a word. Progress is first reported at row 100,000, during the
    /// first pass: that is where this test rewrites the file.
    @Test func aFileRewrittenBetweenThePassesIsRefusedAndNothingIsStored() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BIG-01", 200_000, 2025)])
        var text = registrationHeader
        for i in 0..<100_010 {
            text += row("2025-01-02 08:00", nik(i % 10_000, day: 1 + (i / 10_000) % 28), "Peserta \(i)", phone: String(format: "0812%08d", i))
        }
        let file = try writeFile(text, named: "besar.csv", in: folder)
        let shorter = registrationHeader + row("2025-01-02 08:00", nik(1), "Peserta 1", phone: "081200000001")
        #expect(throws: CSVError.changedWhileReading(file: file.path)) {
            _ = try RegistrationImporter(database: database).importFile(at: file, classCode: "BIG-01", now: fixedNow) { _ in
                try? Data(shorter.utf8).write(to: file)
            }
        }
        let stored = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM enrollment) + (SELECT COUNT(*) FROM registration_import) + (SELECT COUNT(*) FROM trainee)")
        }
        #expect(stored == 0)
    }
}
