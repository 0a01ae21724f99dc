/// The columns of a registration export that Jejak reads, by their Bahasa Indonesia names with English aliases.
///
/// Headers are matched case-insensitively with spaces, dots and dashes treated as `_`,
/// so "No. HP", "no_hp" and "NO HP" are one column. Columns not listed here are kept as they are.
public enum RegistrationColumn: String, CaseIterable, Sendable {
    case registeredAt = "waktu_daftar"
    case nik
    case name = "nama"
    case gender = "jenis_kelamin"
    case birthDate = "tanggal_lahir"
    case phone = "no_hp"
    case instagram
    case telegram
    case kecamatan
    case kelurahan
    case education = "pendidikan"
    case sourceInfo = "sumber_info"
    case campaignCode = "kode_kampanye"
    case consent = "persetujuan_kontak"

    /// Other names the same column goes by.
    public var aliases: [String] {
        switch self {
        case .registeredAt: ["registration_time", "registered_at", "timestamp", "waktu_pendaftaran", "tanggal_daftar", "tgl_daftar"]
        case .nik: ["no_nik", "nomor_nik", "no_ktp", "national_id", "id_number"]
        case .name: ["nama_lengkap", "name", "full_name"]
        case .gender: ["jk", "l_p", "gender", "sex"]
        case .birthDate: ["tgl_lahir", "birth_date", "date_of_birth", "dob"]
        case .phone: ["nomor_hp", "no_wa", "no_whatsapp", "whatsapp", "telepon", "no_telepon", "phone", "mobile"]
        case .instagram: ["akun_instagram", "ig", "instagram_handle"]
        case .telegram: ["akun_telegram", "telegram_username"]
        case .kecamatan: ["kec", "district", "subdistrict"]
        case .kelurahan: ["kel", "desa", "village", "urban_village"]
        case .education: ["pendidikan_terakhir", "education", "last_education"]
        case .sourceInfo: ["sumber_informasi", "info_dari", "source", "how_heard", "heard_from"]
        case .campaignCode: ["kode_campaign", "campaign_code", "campaign", "utm_campaign"]
        case .consent: ["bersedia_dihubungi", "persetujuan", "consent", "contact_consent"]
        }
    }

    /// Without these a file cannot be imported at all.
    public static let required: [RegistrationColumn] = [.registeredAt, .nik, .name, .kecamatan]

    /// The column a header names, if Jejak knows it.
    public init?(header: String) {
        let key = RegistrationColumn.normalise(header)
        guard let found = RegistrationColumn.allCases.first(where: { $0.rawValue == key || $0.aliases.contains(key) }) else {
            return nil
        }
        self = found
    }

    static func normalise(_ header: String) -> String {
        var key = ""
        var pendingUnderscore = false
        for scalar in header.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingUnderscore && !key.isEmpty { key.append("_") }
                key.unicodeScalars.append(scalar)
                pendingUnderscore = false
            } else {
                pendingUnderscore = true
            }
        }
        return key
    }
}
