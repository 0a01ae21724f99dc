/// The survey's question 1, as Jejak stores it (`observation.status`).
enum LabourStatus: Int, CaseIterable {
    case employee, selfEmployed, unemployed, studying, notInLabourForce

    /// Jejak's raw value (`LabourStatus.rawValue` in Outreach).
    var jejakName: String {
        switch self {
        case .employee: "employee"
        case .selfEmployed: "selfEmployed"
        case .unemployed: "unemployed"
        case .studying: "studying"
        case .notInLabourForce: "notInLabourForce"
        }
    }

    /// The answer as a Google Form would export it, for the pandas workflow.
    var formLabel: String {
        switch self {
        case .employee: "Bekerja sebagai karyawan/pegawai"
        case .selfEmployed: "Wirausaha/berusaha sendiri"
        case .unemployed: "Belum bekerja, sedang mencari kerja"
        case .studying: "Melanjutkan pendidikan"
        case .notInLabourForce: "Tidak bekerja dan tidak mencari kerja"
        }
    }
}
