/// Why a registration row gets no seat. Each message says what staff can check or tell the applicant.
public enum RejectionReason: Sendable, Equatable, CustomStringConvertible {
    case invalidNIK(NIK.Problem)
    case repeatsNIK(line: Int)
    case alreadyRegistered
    case invalidRegistrationTime(String)
    case missingName
    case missingKecamatan
    case outsideArea(kecamatan: String)
    case seatThisYear(classCode: String, year: Int)
    case malformed(String)

    public var description: String {
        switch self {
        case .invalidNIK(let problem): "\(problem)"
        case .repeatsNIK(let line): "repeats the NIK of line \(line) in this file"
        case .alreadyRegistered: "this NIK is already registered in this class with another registration time"
        case .invalidRegistrationTime(let raw): "waktu_daftar \"\(raw)\" is not a date and time (use dd/mm/yyyy hh:mm or yyyy-mm-dd hh:mm)"
        case .missingName: "nama is empty"
        case .missingKecamatan: "kecamatan is empty"
        case .outsideArea(let kecamatan): "kecamatan \"\(kecamatan)\" is outside the service area"
        case .seatThisYear(let code, let year): "already holds a seat in class \(code) of budget year \(year)"
        case .malformed(let reason): reason
        }
    }
}
