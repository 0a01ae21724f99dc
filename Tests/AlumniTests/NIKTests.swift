import Testing
@testable import Alumni

@Suite struct NIKTests {
    @Test func acceptsAValidMaleNIK() throws {
        // 36 71 05 = Banten, Kota Tangerang, Cipondoh; born 12/03/98; serial 0001.
        let nik = try NIK.parse("3671051203980001").get()
        #expect(nik.gender == .male)
        #expect(nik.regionCode == "3671")
        #expect(nik.birthDayMonthYY == (12, 3, 98))
        #expect(nik.masked == "************0001")
    }

    @Test func womenCarryTheDayPlusForty() throws {
        let nik = try NIK.parse("3671 0552 0398 0002").get()
        #expect(nik.gender == .female)
        #expect(nik.birthDayMonthYY.day == 12)
        #expect(nik.agrees(withBirthDate: CivilDate(year: 1998, month: 3, day: 12)!))
        #expect(!nik.agrees(withBirthDate: CivilDate(year: 1998, month: 3, day: 13)!))
    }

    @Test(arguments: [
        ("", NIK.Problem.empty),
        ("367105120398001", .wrongLength(15)),
        ("36710512039800011", .wrongLength(17)),
        ("3671O51203980001", .notDigits),
        ("0071051203980001", .zeroRegion),
        ("3600051203980001", .zeroRegion),
        ("3671001203980001", .zeroRegion),
        ("3671053203980001", .invalidBirthDate),  // day 32
        ("3671057203980001", .invalidBirthDate),  // day 72 (woman's 32)
        ("3671051213980001", .invalidBirthDate),  // month 13
        ("3671053002980001", .invalidBirthDate),  // 30 February
        ("3671051203980000", .zeroSerial),
    ])
    func rejects(raw: String, problem: NIK.Problem) {
        #expect(throws: problem) { try NIK.parse(raw).get() }
    }

    @Test func nikFromElsewhereIsStillValid() throws {
        // Kabupaten Tangerang (3603): the region is where it was issued, not where the person lives.
        #expect(try NIK.parse("3603012508010003").get().regionCode == "3603")
    }
}
