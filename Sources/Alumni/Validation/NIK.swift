import Foundation

/// A Nomor Induk Kependudukan: the 16-digit national identity number on every e-KTP.
///
/// Layout `PP KK CC DDMMYY SSSS`: province, regency/city and district where it was first
/// issued, the birth date (women's day + 40) and a serial. The region says where the
/// number was issued, not where the person lives, so domicile rules read the address.
public struct NIK: Hashable, Sendable, CustomStringConvertible {
    /// The 16 digits.
    public let digits: String

    /// Why a string is not a valid NIK; each case tells staff what to check on the e-KTP.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case wrongLength(Int)
        case notDigits
        case zeroRegion
        /// The first two digits are no province code Kemendagri has given.
        case unknownProvince(Int)
        /// Digits 3–4 are neither a regency (01–39) nor a city (71–79) code.
        case unknownRegency
        case invalidBirthDate
        case zeroSerial

        public var description: String {
            switch self {
            case .empty: "NIK is empty"
            case .wrongLength(let n): "NIK must have 16 digits, found \(n)"
            case .notDigits: "NIK must contain digits only"
            case .zeroRegion: "NIK province, city and district codes must not be 00"
            case .unknownProvince(let code): "NIK starts with \(code < 10 ? "0" : "")\(code), which is no Indonesian province code (11–96); check the first two digits on the e-KTP"
            case .unknownRegency: "NIK digits 3–4 are no regency (01–39) or city (71–79) code; check them on the e-KTP"
            case .invalidBirthDate: "NIK birth date (digits 7-12) is not a real date"
            case .zeroSerial: "NIK serial (last 4 digits) must not be 0000"
            }
        }
    }

    /// Parses and checks a NIK as typed: spaces, dots and dashes are ignored.
    public static func parse(_ raw: String) -> Result<NIK, Problem> {
        var digits = [UInt8]()
        digits.reserveCapacity(16)
        var sawOther = false
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte - 48)
            case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "'"), 0x09: continue
            default: sawOther = true
            }
        }
        if digits.isEmpty && !sawOther { return .failure(.empty) }
        if sawOther { return .failure(.notDigits) }
        if digits.count != 16 { return .failure(.wrongLength(digits.count)) }
        func number(_ from: Int, _ count: Int) -> Int {
            digits[from..<(from + count)].reduce(0) { $0 * 10 + Int($1) }
        }
        if number(0, 2) == 0 || number(2, 2) == 0 || number(4, 2) == 0 { return .failure(.zeroRegion) }
        if !provinceCodes.contains(number(0, 2)) { return .failure(.unknownProvince(number(0, 2))) }
        let regency = number(2, 2)
        if !((1...39).contains(regency) || (71...79).contains(regency)) { return .failure(.unknownRegency) }
        var day = number(6, 2)
        if day > 40 { day -= 40 }
        let month = number(8, 2)
        // The year has two digits: 19YY and 20YY are leap years alike for every YY but 00, and 00 is read as 2000
        // (the 1900 of a 126-year-old holder is not a case a training centre meets), so YY % 4 == 0 decides.
        if !(1...12).contains(month) || day < 1 || day > CivilDate.daysIn(month: month, year: 2000 + number(10, 2)) {
            return .failure(.invalidBirthDate)
        }
        if number(12, 4) == 0 { return .failure(.zeroSerial) }
        return .success(NIK(checkedDigits: String(decoding: digits.map { $0 + 48 }, as: UTF8.self)))
    }

    private init(checkedDigits: String) { digits = checkedDigits }

    /// Kemendagri's province codes (Permendagri 58/2021 and the 2022 Papua provinces 93–96). A NIK keeps the code
    /// of the province that issued it, so the codes of provinces split since stay valid; regency codes changed
    /// by those splits are not checked against a list, only against the ranges regencies and cities use.
    static let provinceCodes: Set<Int> = [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
        61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
    ]

    /// The 16 digits as one number (no NIK starts with 0), a compact key for the many NIKs an import compares.
    public var number: Int64 { NIK.number(of: digits)! }

    /// `number` for stored text: nil unless it is 16 digits (an erased person's NIK is not), so it can equal no NIK.
    static func number(of stored: String) -> Int64? {
        guard stored.utf8.count == 16, stored.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return stored.utf8.reduce(0) { $0 * 10 + Int64($1 - 48) }
    }

    /// The 4-digit code of the regency or city that issued it (3671 = Kota Tangerang).
    public var regionCode: String { String(digits.prefix(4)) }

    /// Women's NIKs carry the birth day plus 40.
    public var gender: Gender { dayField > 40 ? .female : .male }

    /// Birth day and month from the NIK, and the two-digit year.
    public var birthDayMonthYY: (day: Int, month: Int, yy: Int) {
        let d = Array(digits.utf8).map { Int($0) - 48 }
        return (dayField > 40 ? dayField - 40 : dayField, d[8] * 10 + d[9], d[10] * 10 + d[11])
    }

    private var dayField: Int {
        let d = Array(digits.utf8.dropFirst(6).prefix(2)).map { Int($0) - 48 }
        return d[0] * 10 + d[1]
    }

    /// Only the last four digits, for anything a person or a log may see.
    public var masked: String { NIK.mask(digits) }

    /// Masks a stored NIK to its last four digits (`************0001`): the one form output may show.
    /// The last four digits behind stars; "(dihapus)" for a person erased under UU 27/2022.
    public static func mask(_ digits: some StringProtocol) -> String {
        digits.allSatisfy(\.isNumber) ? "************" + digits.suffix(4) : "(dihapus)"
    }

    public var description: String { masked }

    /// Whether the NIK agrees with a declared birth date; the two-digit year is compared modulo 100.
    public func agrees(withBirthDate date: CivilDate) -> Bool {
        let nik = birthDayMonthYY
        return nik.day == date.day && nik.month == date.month && nik.yy == date.year % 100
    }
}
