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
        ("3671052902970001", .invalidBirthDate),  // 29 February 1997: not a leap year
        ("3671056902970001", .invalidBirthDate),  // a woman's 29 February 1997
        ("3071051203980001", .unknownProvince(30)),
        ("9971051203980001", .unknownProvince(99)),
        ("5471051203980001", .unknownProvince(54)),  // Timor Timur: no e-KTP was ever issued there
        ("3650051203980001", .unknownRegency),  // regency codes are 01–39 and cities 71–79
        ("3699051203980001", .unknownRegency),
        ("3671051203980000", .zeroSerial),
    ])
    func rejects(raw: String, problem: NIK.Problem) {
        #expect(throws: problem) { try NIK.parse(raw).get() }
    }

    @Test(arguments: ["3671052902000001", "3671056902960002", "3671052902040003"])
    func the29thOfFebruaryInALeapYear(raw: String) throws {
        // YY % 4 == 0 is a leap year in 1904–2096, the only century an adult's NIK can carry (00 is 2000, a leap year).
        #expect(try NIK.parse(raw).get().birthDayMonthYY.month == 2)
    }

    @Test(arguments: ["1101012503980001", "3171012503980001", "6501012503980001", "9601012503980001", "9671012503980001", "7376012503980001"])
    func everyProvinceThatIssuesNIKs(raw: String) {
        // Aceh, DKI Jakarta, Kalimantan Utara, Papua Barat Daya (2022), a city of it, a regency of Sulawesi Selatan.
        #expect((try? NIK.parse(raw).get()) != nil)
    }

    @Test func nikFromElsewhereIsStillValid() throws {
        // Kabupaten Tangerang (3603): the region is where it was issued, not where the person lives.
        #expect(try NIK.parse("3603012508010003").get().regionCode == "3603")
    }
}
