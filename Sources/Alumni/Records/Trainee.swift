import GRDB

/// A person who registered for at least one class, keyed by NIK.
///
/// Contact fields are what follow-up surveys use: the phone in E.164 for WhatsApp, the
/// Instagram handle and Telegram username without `@`, and whether they agreed to be contacted.
public struct Trainee: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "trainee"
    public var id: Int64?
    public var nik: String
    /// The name as typed on the form.
    public var name: String
    /// `NameKey.make(name)`, for matching chat senders that show only a name.
    public var nameKey: String
    public var gender: Gender?
    public var birthDate: CivilDate?
    public var phone: String?
    public var instagram: String?
    public var telegram: String?
    public var kecamatan: String?
    public var kelurahan: String?
    public var education: String?
    /// Consent to follow-up contact; nil when the form did not ask.
    public var consent: Bool?
    public var consentOn: CivilDate?

    enum CodingKeys: String, CodingKey {
        case id, nik, name, gender, phone, instagram, telegram, kecamatan, kelurahan, education, consent
        case nameKey = "name_key"
        case birthDate = "birth_date"
        case consentOn = "consent_on"
    }

    public init(
        id: Int64? = nil, nik: String, name: String, gender: Gender? = nil, birthDate: CivilDate? = nil,
        phone: String? = nil, instagram: String? = nil, telegram: String? = nil, kecamatan: String? = nil,
        kelurahan: String? = nil, education: String? = nil, consent: Bool? = nil, consentOn: CivilDate? = nil
    ) {
        self.id = id
        self.nik = nik
        self.name = name
        self.nameKey = NameKey.make(name)
        self.gender = gender
        self.birthDate = birthDate
        self.phone = phone
        self.instagram = instagram
        self.telegram = telegram
        self.kecamatan = kecamatan
        self.kelurahan = kelurahan
        self.education = education
        self.consent = consent
        self.consentOn = consentOn
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The NIK as anyone but the database may see it.
    public var maskedNIK: String { NIK.mask(nik) }
}
