import Foundation

/// A graduate's main activity in the reference week, simplified from BPS Sakernas for a
/// tracer survey (question 1).
///
/// Exactly one per respondent: a student who works at least one hour is `employee` or
/// `selfEmployed` (BPS counts them as working); `SurveyAnswer.alsoStudying` keeps the overlap.
/// Raw values are the `value` strings used in questionnaire.json.
public enum LabourStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// 1 · bekerja sebagai karyawan/pegawai/buruh.
    case employee
    /// 2 · wirausaha / berusaha sendiri, including helping in a family business.
    case selfEmployed
    /// 3 · belum bekerja dan sedang mencari kerja (open unemployment, the first of its four kinds).
    case unemployed
    /// 4 · melanjutkan pendidikan atau pelatihan, not working.
    case studying
    /// 5 · tidak bekerja dan tidak mencari kerja (bukan angkatan kerja).
    case notInLabourForce
    /// 6 · sudah diterima kerja tetapi belum mulai: open unemployment for BPS until the job starts.
    case hiredNotStarted
    /// 7 · sedang mempersiapkan usaha: open unemployment for BPS.
    case preparingBusiness
    /// 8 · tidak mencari kerja karena merasa tidak mungkin mendapat pekerjaan (putus asa): open unemployment for BPS.
    case discouraged

    /// Whether BPS counts this status as working.
    public var isWorking: Bool { self == .employee || self == .selfEmployed }

    /// Whether BPS counts this status as open unemployment (pengangguran terbuka): looking for work, preparing a
    /// business, discouraged, or hired and not yet started.
    public var isUnemployed: Bool { [.unemployed, .hiredNotStarted, .preparingBusiness, .discouraged].contains(self) }
}
