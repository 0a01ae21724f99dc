import Testing
@testable import Alumni

@Suite struct ValueTests {
    @Test(arguments: ["08123456789", "628123456789", "+62 812-3456-789", "0812 3456 789", "(0812) 3456.789", "\u{202A}+62 812-3456-789\u{202C}", "+6208123456789"])
    func phonesBecomeE164(raw: String) {
        #expect(PhoneNumber.e164(raw) == "+628123456789")
    }

    @Test(arguments: ["", "-", "0812", "021-5551234", "+1 415 555 0100", "08123456789012345", "0812-ABC-789"])
    func notIndonesianMobiles(raw: String) {
        #expect(PhoneNumber.e164(raw) == nil)
    }

    @Test(arguments: [("0812345678", "+62812345678"), ("08123456789012", "+628123456789012"), ("+62 812 3456 7890 12", "+628123456789012")])
    func mobilesHaveNineToThirteenDigitsAfterTheZero(raw: String, e164: String) {
        #expect(PhoneNumber.e164(raw) == e164)
    }

    @Test(arguments: ["081234567", "+62 812 3456 7", "081234567890123"])
    func tooShortOrTooLong(raw: String) {
        // 8 digits after the 0, and 14.
        #expect(PhoneNumber.e164(raw) == nil)
    }

    @Test func masksAllButTheLastFourDigits() {
        #expect(PhoneNumber.masked("+6281234567890") == "**********7890")
    }

    @Test(arguments: [
        ("05/01/2025 08:02:11", "2025-01-05 08:02:11"), ("2025-01-05 08:02", "2025-01-05 08:02:00"),
        ("5/1/2025 8.02", "2025-01-05 08:02:00"), ("2025-01-05T01:02:11Z", "2025-01-05 08:02:11"),
        ("2025-01-05T23:30:00+08:00", "2025-01-05 22:30:00"), ("2025-01-05", "2025-01-05 00:00:00"),
        ("2025-01-05T20:00:00-05:00", "2025-01-06 08:00:00"),
    ])
    func registrationTimes(raw: String, expected: String) {
        #expect(LocalDateTime(parsing: raw)?.description == expected)
    }

    @Test(arguments: ["kemarin", "32/01/2025 08:00", "2025-01-05 25:00", "05/01/25 08:00", ""])
    func unreadableTimes(raw: String) {
        #expect(LocalDateTime(parsing: raw) == nil)
    }

    @Test func calendarArithmetic() {
        let jan31 = CivilDate(year: 2024, month: 1, day: 31)!
        #expect(jan31.adding(months: 1) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(jan31.months(until: CivilDate(year: 2024, month: 7, day: 30)!) == 5)
        #expect(jan31.months(until: CivilDate(year: 2024, month: 7, day: 31)!) == 6)
        #expect(CivilDate(dayNumber: jan31.dayNumber) == jan31)
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
    }

    @Test func kecamatanSpellings() {
        let rule = DomicileRule.kotaTangerang
        for spelling in ["Kec. Karang Tengah", "KARANGTENGAH", "karang tengah", "Kecamatan Cipondoh", "  Larangan "] {
            #expect(rule.accepts(spelling), "\(spelling)")
        }
        for outside in ["Serpong", "Cikupa", "Tangerang Selatan", ""] {
            #expect(!rule.accepts(outside), "\(outside)")
        }
        #expect(rule.canonical("kec. karangtengah") == "Karang Tengah")
    }

    @Test func handlesAndNames() {
        #expect(Handle.instagram("@Siti.Rahma") == "siti.rahma")
        #expect(Handle.instagram("https://www.instagram.com/siti.rahma/?igsh=abc") == "siti.rahma")
        #expect(Handle.instagram("siti rahma") == nil)
        #expect(Handle.telegram("t.me/siti_rahma") == "siti_rahma")
        #expect(NameKey.make("SITI  Rahmawati, S.Pd.") == "siti rahmawati s pd")
        #expect(NameKey.make("Dédé O'Neil") == "dede oneil")
    }

    @Test(arguments: [("L", Gender.male), ("Perempuan", .female), ("laki-laki", .male), ("P", .female)])
    func genders(raw: String, gender: Gender) {
        #expect(Gender(parsing: raw) == gender)
    }
}
