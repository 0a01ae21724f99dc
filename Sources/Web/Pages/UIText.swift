import Impact

/// The words of the pages, Bahasa Indonesia first. Figures, table headings and footnotes come from the report's
/// own code (`ReportFragments`), in the same language.
enum UIText {
    static func words(_ lang: ReportLanguage) -> [String: String] {
        var words: [String: String] = [:]
        for (key, id, en) in table { words[key] = lang == .id ? id : en }
        return words
    }

    private static let table: [(String, String, String)] = [
        ("menu", "Menu", "Menu"),
        ("overview", "Ringkasan", "Overview"),
        ("rates", "Tingkat kerja", "Employment rates"),
        ("campaigns", "Dampak kampanye", "Campaign impact"),
        ("classes", "Kelas dan kuota", "Classes and quotas"),
        ("review", "Tinjauan jawaban", "Review queue"),
        ("report", "Laporan", "Report"),
        ("signIn", "Masuk", "Sign in"),
        ("signOut", "Keluar", "Sign out"),
        ("name", "Nama pengguna", "User name"),
        ("password", "Kata sandi", "Password"),
        ("loginFailed", "Nama atau kata sandi salah.", "Wrong name or password."),
        ("loginHint", "Akun dibuat staf BLK dengan `jejak users add` dan `jejak users password`.", "Accounts are made by BLK staff with `jejak users add` and `jejak users password`."),
        ("footer", "Jejak — pelacakan lulusan BLK Kota Tangerang. Kelompok kecil disembunyikan (—) agar tidak ada orang yang dapat dikenali.", "Jejak — tracing BLK Kota Tangerang's graduates. Small groups are suppressed (—) so no one can be identified."),
        ("headline", "Angka utama", "Headline figures"),
        ("graduates", "Lulusan", "Graduates"),
        ("grossResponse", "Tingkat respons kotor (R/G)", "Gross response rate (R/G)"),
        ("netResponse", "Tingkat respons bersih (R/(G−U))", "Net response rate (R/(G−U))"),
        ("employmentRate", "Tingkat kerja", "Employment rate"),
        ("interval", "interval 95%", "95% interval"),
        ("bounds", "batas non-respons", "non-response bounds"),
        ("respondents", "responden", "respondents"),
        ("trendByCohort", "Tren per angkatan (bulan lulus)", "Trend by cohort (graduation month)"),
        ("breakdown", "Rinci menurut", "Break down by"),
        ("groupBy", "Kelompokkan menurut", "Group by"),
        ("wave", "Gelombang", "Wave"),
        ("months", "bulan", "months"),
        ("period", "Periode lulus", "Graduation period"),
        ("showSmallGroups", "Tampilkan kelompok kecil (khusus staf)", "Show small groups (staff only)"),
        ("show", "Tampilkan", "Show"),
        ("ratesLead", "Angka yang sama dengan `jejak rates`: orang, bukan percakapan; interval 95% dan batas non-respons; kelompok kecil disembunyikan.", "The same figures as `jejak rates`: people, not threads; 95% intervals and non-response bounds; small groups suppressed."),
        ("campaignsLead", "Dari jangkauan sampai bekerja, per kampanye, kanal atau pendekatan, dan tingkat kerja lulusan yang direkrut masing-masing.", "From reach to work, by campaign, channel or approach, and the employment rate of the graduates each recruited."),
        ("funnel", "Corong", "Funnel"),
        ("ratesByGroup", "Tingkat kerja lulusan yang direkrut", "Employment rate of the graduates recruited"),
        ("reportLead", "Laporan berkala yang sama dengan `jejak report`: HTML untuk dicetak (A4), Markdown, dan tabel CSV untuk Excel.", "The same periodic report as `jejak report`: HTML to print (A4), Markdown, and CSV tables for Excel."),
        ("reportHTML", "Laporan (HTML, cetak A4)", "Report (HTML, prints on A4)"),
        ("reportChoosePeriod", "Pilih periode lulus (misalnya 2025) untuk membuat laporan.", "Choose a graduation period (e.g. 2025) to make the report."),
        ("openItems", "jawaban menunggu keputusan.", "answers wait for a decision."),
        ("shortcuts", "Tombol: j/k pindah, a terima saran, c koreksi, d abaikan.", "Keys: j/k move, a accept the suggestion, c correct, d dismiss."),
        ("reason", "Alasan", "Why"),
        ("suggestion", "Saran", "Suggestion"),
        ("accept", "Terima saran", "Accept suggestion"),
        ("answer", "Jawaban", "Answer"),
        ("nikIfUnmatched", "NIK pengirim, bila belum dikenali", "sender's NIK, if unmatched"),
        ("correct", "Simpan koreksi", "Save correction"),
        ("dismiss", "Abaikan", "Dismiss"),
        ("nothingToReview", "Tidak ada yang perlu ditinjau.", "Nothing to review."),
        ("staff", "staf", "staff"),
        ("official", "pejabat", "official"),
    ]
}
