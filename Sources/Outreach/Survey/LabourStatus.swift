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
    /// 3 · belum bekerja dan sedang mencari kerja (open unemployment).
    case unemployed
    /// 4 · melanjutkan pendidikan atau pelatihan, not working.
    case studying
    /// 5 · tidak bekerja dan tidak mencari kerja (bukan angkatan kerja).
    case notInLabourForce

    /// Whether BPS counts this status as working.
    public var isWorking: Bool { self == .employee || self == .selfEmployed }
}
