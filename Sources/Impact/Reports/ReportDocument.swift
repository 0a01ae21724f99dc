import Alumni
import Foundation
import Outreach

/// The report as a sequence of blocks — headings, paragraphs, tables, charts — built once from an
/// `ImpactReport` in one language; the HTML, Markdown and CSV renderers only lay the blocks out.
///
/// Every figure about people passes the one suppression rule (`Suppression`): a hidden cell prints "—" with a
/// footnote mark (¹ under the threshold, ² hidden to protect another), in every format.
struct ReportDocument {
    /// A table cell: the text people read, and the number behind it (for CSV) when there is one.
    struct Cell {
        var text: String
        var number: Double?
        /// Rates travel as fractions in CSV; counts as integers.
        var isRate: Bool = false
        /// Why the cell is withheld; its text is then "—" and its mark.
        var hidden: SuppressionReason?

        static func withheld(_ reason: SuppressionReason) -> Cell { Cell(text: "—" + reason.mark, hidden: reason) }
    }

    struct Table {
        /// File name stem for the CSV form.
        var name: String
        /// What the table shows, said once (the chart above it, if any, says what it draws).
        var caption: String
        var header: [String]
        var rows: [[Cell]]
        /// Notes under the table: what a mark means, what a base leaves out.
        var notes: [String] = []
        /// False when a subheading above (with the chart of the same numbers) already says what the table shows.
        var captionShown = true
    }

    enum Block {
        case title(String, subtitle: String)
        case heading(String)
        /// A titled section within a heading: a chart and its table.
        case subheading(String)
        case paragraph(String)
        case note(String)
        case table(Table)
        /// Bars on a 0–100% scale (or `maximum`), with a description of what they encode.
        case chart([SVGChart.Bar], description: String)
    }

    let report: ImpactReport
    let lang: ReportLanguage
    let format: ReportFormatter
    var blocks: [Block] = []

    init(_ report: ImpactReport, language: ReportLanguage) {
        self.report = report
        self.lang = language
        self.format = ReportFormatter(lang: language, threshold: report.threshold)
        build()
    }

    var tables: [Table] { blocks.compactMap { if case .table(let t) = $0 { t } else { nil } } }

    private mutating func build() {
        let l = lang
        blocks.append(.title(l.pick("Laporan Dampak Pelatihan — BLK Kota Tangerang", "Training Impact Report — BLK Kota Tangerang"),
                             subtitle: l.pick("Lulusan periode \(report.period) · survei \(report.wave) bulan setelah lulus · dibuat \(report.generatedOn)",
                                              "Graduates of \(report.period) · survey \(report.wave) months after graduation · generated \(report.generatedOn)")))
        coverage()
        outputs()
        funnel()
        impact()
        appendix()
    }

    // MARK: Coverage

    private mutating func coverage() {
        let l = lang
        blocks.append(.heading(l.pick("1. Cakupan data", "1. Coverage")))
        blocks.append(.paragraph(l.pick(
            "Laporan ini mencakup \(l.number(report.graduates)) lulusan dari \(report.classes.count) kelas. Setiap angka menghitung orang, bukan percakapan: yang lulus lebih dari sekali dalam periode ini dihitung sekali, dengan kelulusan terakhirnya.",
            "This report covers \(l.number(report.graduates)) graduates of \(report.classes.count) classes. Every figure counts people, not chat threads: someone who graduated more than once in the period counts once, with their latest graduation.")))
        var coverageRows: [[Cell]] = []
        var reasons: [SuppressionReason] = []
        for c in report.coverage {
            let t = c.total
            if let reason = t.suppressionReason, t.suppressed {
                reasons.append(reason)
                coverageRows.append([Cell(text: "\(c.wave)", number: Double(c.wave))] + Array(repeating: .withheld(reason), count: 7))
                continue
            }
            let counts = t.counts
            coverageRows.append([Cell(text: "\(c.wave)", number: Double(c.wave)), format.count(counts.graduates), format.count(counts.unreachable),
                                 format.count(counts.consentNotAsked), format.count(counts.declined), format.count(counts.respondents),
                                 format.rate(c.grossResponseRate), format.rate(c.netResponseRate)])
        }
        blocks.append(.table(Table(
            name: "coverage", caption: l.pick("Tingkat respons per gelombang survei", "Response rate per survey wave"),
            header: [l.pick("Gelombang (bulan)", "Wave (months)"), l.pick("Lulusan jatuh tempo (G)", "Graduates due (G)"),
                     l.pick("Tak terjangkau (U)", "Unreachable (U)"), l.pick("Izin kontak tak ditanyakan", "Consent not asked"),
                     l.pick("Menolak dihubungi", "Declined contact"), l.pick("Responden (R)", "Respondents (R)"),
                     l.pick("Respons kotor R/G", "Gross response R/G"), l.pick("Respons bersih R/(G−U)", "Net response R/(G−U)")],
            rows: coverageRows,
            notes: format.footnotes(reasons) + [l.pick(
                "U = tanpa nomor atau akun yang sah di kanal mana pun, atau semua pesan gagal terkirim. Lulusan yang formulir pendaftarannya tidak menanyakan izin kontak, dan yang menolak dihubungi, tidak dikirimi pesan dan dilaporkan terpisah, bukan sebagai U.",
                "U = no valid number or handle on any channel, or every message failed. Graduates whose registration form never asked for contact consent, and those who declined, were not messaged and are reported apart, not in U.")])))
        if report.outOfWave > 0 {
            blocks.append(.note(l.pick(
                "\(l.number(report.outOfWave)) lulusan menjawab di luar jendela setiap gelombang (misalnya 11 bulan setelah lulus, saat gelombang 6 sudah tutup dan gelombang 12 belum dibuka): jawabannya disimpan, tetapi tidak dihitung dalam tingkat gelombang mana pun.",
                "\(l.number(report.outOfWave)) graduates answered outside every wave's window (for instance 11 months after graduation, when wave 6 had closed and wave 12 not opened): their answers are kept but counted in no wave's rate.")))
        }
        let a = report.attribution
        let total = max(a.total, 1)
        blocks.append(.paragraph(l.pick(
            "Asal kampanye: \(l.percent(Double(a.byCode) / Double(total))) pendaftar teratribusi lewat kode kampanye di tautan pendaftaran (pasti), \(l.percent(Double(a.byWindow) / Double(total))) lewat kanal yang mereka sebut dan kampanye kanal itu yang tayang dalam 30 hari sebelum mendaftar (perkiraan), dan \(l.percent(Double(a.unattributed) / Double(total))) tidak teratribusi.",
            "Campaign attribution: \(l.percent(Double(a.byCode) / Double(total))) of registrants by the campaign code in their registration link (exact), \(l.percent(Double(a.byWindow) / Double(total))) by the channel they named and that channel's campaign live in the 30 days before they registered (estimated), and \(l.percent(Double(a.unattributed) / Double(total))) unattributed.")))
    }

    // MARK: Outputs

    private mutating func outputs() {
        let l = lang
        blocks.append(.heading(l.pick("2. Keluaran digital kampanye", "2. Campaigns' digital outputs")))
        if report.campaigns.isEmpty {
            blocks.append(.paragraph(l.pick("Belum ada kampanye yang tercatat untuk kelas-kelas ini.", "No campaign is recorded for these classes yet.")))
        } else {
            blocks.append(.table(Table(
                name: "outputs", caption: l.pick("Kampanye dan keluarannya (Insights Instagram atau isian staf)", "Campaigns and their outputs (Instagram Insights or typed by staff)"),
                header: [l.pick("Kampanye", "Campaign"), l.pick("Kanal", "Channel"), l.pick("Pendekatan", "Approach"), l.pick("Biaya", "Cost"),
                         l.pick("Jangkauan", "Reach"), l.pick("Tayangan", "Views"), l.pick("Suka", "Likes"), l.pick("Komentar", "Comments"),
                         l.pick("Dibagikan", "Shares"), l.pick("Disimpan", "Saves")],
                rows: report.campaigns.map { line in
                    let o = line.outputs
                    return [Cell(text: line.campaign.code), Cell(text: l.statusLabel(line.campaign.channel.rawValue)),
                            Cell(text: l.approachName(line.campaign.approach)), format.money(line.campaign.cost),
                            format.count(o.reach), format.count(o.views), format.count(o.likes), format.count(o.comments), format.count(o.shares), format.count(o.saves)]
                },
                notes: [l.pick("— : metrik tidak diukur untuk kanal atau kampanye itu (bukan nol).",
                               "— : the metric is not measured for that channel or campaign (not zero).")])))
        }
        if !report.polls.isEmpty {
            blocks.append(.paragraph(l.pick("Polling di saluran siaran (suara agregat, tidak per orang, tidak dicampur ke angka per lulusan):",
                                            "Broadcast-channel polls (aggregate votes, never per person, never mixed into per-graduate figures):")))
            for poll in report.polls {
                let answers = poll.answers.map { "\($0.text): \(l.number($0.voters))" }.joined(separator: "; ")
                blocks.append(.note("\(poll.chat) — \(poll.question) — \(answers)"))
            }
        }
        classes()
    }

    /// Registrations and how fast each class filled: the out-takes of the announcements, per class.
    private mutating func classes() {
        if let table = format.classes(report.classes) { blocks.append(.table(table)) }
    }

    // MARK: Funnel

    private mutating func funnel() {
        let l = lang
        blocks.append(.heading(l.pick("3. Dari jangkauan ke pekerjaan", "3. From reach to work")))
        let rows = report.funnel.rows
        blocks += format.funnel(report.funnel)
        if let best = rows.filter({ !$0.suppressed && $0.group != "(unattributed)" && $0.employedPer1000Reach != nil })
            .max(by: { $0.employedPer1000Reach! < $1.employedPer1000Reach! }) {
            blocks.append(.paragraph(l.pick(
                "Per 1.000 orang yang dijangkau, kanal \(l.statusLabel(best.group)) menghasilkan lulusan bekerja terbanyak: \(l.decimal(best.employedPer1000Reach, places: 2)).",
                "Per 1,000 people reached, \(l.statusLabel(best.group)) produced the most working graduates: \(l.decimal(best.employedPer1000Reach, places: 2)).")))
        }
    }

    // MARK: Impact

    private mutating func impact() {
        let l = lang
        blocks.append(.heading(l.pick("4. Dampak: lulusan yang bekerja", "4. Impact: graduates in work")))
        let h = report.headline
        if h.suppressed || h.counts.respondents == 0 {
            blocks.append(.paragraph(l.pick("Belum ada cukup jawaban survei \(report.wave) bulan untuk menghitung tingkat kerja.",
                                            "There are not yet enough \(report.wave)-month survey answers to compute an employment rate.")))
        } else {
            let i = h.indicators
            blocks.append(.paragraph(l.pick(
                "Dari \(l.number(i.counts.respondents)) responden, \(l.number(i.counts.employed)) bekerja (karyawan atau wirausaha): tingkat kerja \(l.percent(RateGroup.round(i.employmentRate.value))) (interval 95%: \(l.percent(RateGroup.round(i.employmentRate.interval?.lower)))–\(l.percent(RateGroup.round(i.employmentRate.interval?.upper)))). Karena yang menjawab jarang sama dengan yang tidak, batasnya: bila semua yang tidak menjawab tidak bekerja \(l.percent(RateGroup.round(i.employmentBounds?.lower))), bila semuanya bekerja \(l.percent(RateGroup.round(i.employmentBounds?.upper))).",
                "Of \(l.number(i.counts.respondents)) respondents, \(l.number(i.counts.employed)) are working (employee or self-employed): an employment rate of \(l.percent(RateGroup.round(i.employmentRate.value))) (95% interval \(l.percent(RateGroup.round(i.employmentRate.interval?.lower)))–\(l.percent(RateGroup.round(i.employmentRate.interval?.upper)))). Because people who answer are rarely like those who don't, the bounds: if every non-respondent was not working \(l.percent(RateGroup.round(i.employmentBounds?.lower))), if all were \(l.percent(RateGroup.round(i.employmentBounds?.upper))).")))
            indicators(i)
            blocks.append(.note(l.pick(
                "Sebagai pembanding (populasi berbeda: seluruh penduduk usia kerja, bukan lulusan pelatihan): \(ReferenceRates.kotaTangerang2024.label.id) \(l.percent(ReferenceRates.kotaTangerang2024.value, decimals: 2)) (\(ReferenceRates.kotaTangerang2024.source)); \(ReferenceRates.nationalAugust2025.label.id) \(l.percent(ReferenceRates.nationalAugust2025.value, decimals: 2)) (\(ReferenceRates.nationalAugust2025.source)). Pengangguran terbuka di antara responden: \(l.percent(RateGroup.round(i.unemploymentRate.value))).",
                "For comparison (different populations: all working-age residents, not training graduates): \(ReferenceRates.kotaTangerang2024.label.en) \(l.percent(ReferenceRates.kotaTangerang2024.value, decimals: 2)) (\(ReferenceRates.kotaTangerang2024.source)); \(ReferenceRates.nationalAugust2025.label.en) \(l.percent(ReferenceRates.nationalAugust2025.value, decimals: 2)) (\(ReferenceRates.nationalAugust2025.source)). Open unemployment among respondents: \(l.percent(RateGroup.round(i.unemploymentRate.value))).")))
        }
        blocks += format.rates(report.byProgram, name: "rates_program", title: l.pick("Tingkat kerja per program", "Employment rate by programme"))
        blocks += format.rates(report.byChannel, name: "rates_channel", title: l.pick("Tingkat kerja per kanal yang merekrut", "Employment rate by recruiting channel"))
        blocks += format.rates(report.byApproach, name: "rates_approach", title: l.pick("Tingkat kerja per pendekatan konten", "Employment rate by content approach"))
        if let best = report.byChannel.groups.filter({ !$0.suppressed && $0.key.first?.value != "(unattributed)" && $0.indicators.employmentRate.value != nil })
            .max(by: { $0.indicators.employmentRate.value! < $1.indicators.employmentRate.value! }) {
            blocks.append(.paragraph(l.pick(
                "Di antara kanal yang bisa dilaporkan, lulusan yang direkrut lewat \(l.statusLabel(best.key[0].value)) paling banyak bekerja: \(l.percent(RateGroup.round(best.indicators.employmentRate.value))) dari \(l.number(best.counts.respondents)) responden. Lihat intervalnya sebelum menyimpulkan: interval yang bertumpuk berarti perbedaannya belum pasti.",
                "Among the channels that can be reported, graduates recruited through \(l.statusLabel(best.key[0].value)) are most often in work: \(l.percent(RateGroup.round(best.indicators.employmentRate.value))) of \(l.number(best.counts.respondents)) respondents. Check the intervals before concluding: overlapping intervals mean the difference is not yet certain.")))
        }
        if let best = report.byApproach.groups.filter({ !$0.suppressed && $0.key.first.map({ !$0.value.hasPrefix("(") }) == true && $0.indicators.employmentRate.value != nil })
            .max(by: { $0.indicators.employmentRate.value! < $1.indicators.employmentRate.value! }) {
            blocks.append(.paragraph(l.pick(
                "Menurut pendekatan konten, pendekatan \(l.statusLabel(best.key[0].value)) merekrut lulusan dengan tingkat kerja tertinggi: \(l.percent(RateGroup.round(best.indicators.employmentRate.value))) dari \(l.number(best.counts.respondents)) responden.",
                "By content approach, \(l.statusLabel(best.key[0].value)) content recruited the graduates most often in work: \(l.percent(RateGroup.round(best.indicators.employmentRate.value))) of \(l.number(best.counts.respondents)) respondents.")))
        }
        blocks.append(.heading(l.pick("Tren antar-gelombang dan angkatan", "Trend across waves and cohorts")))
        let waveTitle = l.pick("Tingkat kerja per gelombang survei", "Employment rate by survey wave")
        blocks.append(.subheading(waveTitle))
        let waveTotals = report.byWave.map { (label: l.pick("\($0.wave) bulan", "\($0.wave) months"), group: $0.total) }
        blocks.append(.chart(waveTotals.map { format.bar($0.label, $0.group) }, description: format.chartDescription))
        var waveReasons: [SuppressionReason] = []
        blocks.append(.table(Table(
            name: "rates_wave", caption: waveTitle, header: format.rateHeader(first: l.pick("Gelombang (bulan)", "Wave (months)")),
            rows: report.byWave.map { format.rateRow(label: "\($0.wave)", $0.total, reasons: &waveReasons) },
            notes: format.footnotes(waveReasons), captionShown: false)))
        blocks += format.rates(report.byCohort, name: "rates_cohort", title: l.pick("Tingkat kerja per angkatan (bulan lulus)", "Employment rate by cohort (graduation month)"))
    }

    /// The tracer indicators of the headline group; each withheld when its base is under the threshold.
    private mutating func indicators(_ i: Indicators) {
        let l = lang
        var reasons: [SuppressionReason] = []
        func row(_ name: String, _ p: Proportion) -> [Cell] {
            if let reason = Suppression.primary(graduates: p.denominator, respondents: p.denominator, threshold: report.threshold) {
                reasons.append(reason)
                return [Cell(text: name), .withheld(reason), .withheld(reason)]
            }
            return [Cell(text: name), format.rate(RateGroup.round(p.value)), Cell(text: "\(l.number(p.numerator)) / \(l.number(p.denominator))")]
        }
        let c = i.counts
        var median = [Cell(text: l.pick("Median masa tunggu (bulan)", "Median months to first job"))]
        let waited = c.monthsToFirstJob.count
        if let reason = Suppression.primary(graduates: waited, respondents: waited, threshold: report.threshold) {
            reasons.append(reason)
            median += [.withheld(reason), .withheld(reason)]
        } else {
            median += [format.decimal(i.medianMonthsToFirstJob), Cell(text: l.number(waited), number: Double(waited))]
        }
        let rows = [
            row(l.pick("Tingkat pengangguran terbuka responden", "Open unemployment among respondents"), i.unemploymentRate),
            row(l.pick("Tingkat BMW (bekerja, melanjutkan, wirausaha)", "BMW rate (working, studying, self-employed)"), i.bmwRate),
            row(l.pick("Melanjutkan pendidikan/pelatihan (tidak bekerja)", "In further education or training (not working)"), i.furtherEducationRate),
            row(l.pick("Pekerjaan sesuai pelatihan", "Work matches the training"), i.matchShare),
            row(l.pick("Penghasilan ≥ UMK", "Income ≥ UMK"), i.atLeastUMKShare),
            row(l.pick("Penghasilan ≥ 1,2 × UMK", "Income ≥ 1.2 × UMK"), i.atLeast1_2UMKShare),
            row(l.pick("Dapat kerja < 6 bulan setelah lulus", "First job within 6 months"), i.firstJobUnderSixMonths),
            median,
        ]
        var notes = format.footnotes(reasons)
        let unanswered = c.employed - c.matchAnswered
        if unanswered > 0 {
            notes.append(l.pick("Kesesuaian dihitung dari yang bekerja dan menjawab pertanyaan itu; \(l.number(unanswered)) yang bekerja tidak menjawabnya.",
                                "Match is over the working who answered that question; \(l.number(unanswered)) of the working did not answer it."))
        }
        notes.append(l.pick(
            "Pengangguran terbuka (BPS) = mencari kerja, sudah diterima tetapi belum mulai (\(l.number(c.hiredNotStarted))), menyiapkan usaha (\(l.number(c.preparingBusiness))) dan putus asa (\(l.number(c.discouraged))), dibagi angkatan kerja responden. Yang bekerja sambil sekolah (\(l.number(c.workingAndStudying))) dihitung bekerja.",
            "Open unemployment (BPS) = looking for work, hired but not started (\(l.number(c.hiredNotStarted))), preparing a business (\(l.number(c.preparingBusiness))) and discouraged (\(l.number(c.discouraged))), over the respondents in the labour force. Those working while studying (\(l.number(c.workingAndStudying))) count as working."))
        blocks.append(.table(Table(
            name: "indicators", caption: l.pick("Indikator studi pelacakan", "Tracer-study indicators"),
            header: [l.pick("Indikator", "Indicator"), l.pick("Nilai", "Value"), l.pick("Dasar", "Base")], rows: rows, notes: notes)))
    }

    // MARK: Appendix

    private mutating func appendix() {
        let l = lang
        blocks.append(.heading(l.pick("Lampiran: cara menghitung", "Appendix: how the figures are computed")))
        let lines: [(String, String)] = [
            ("G = lulusan yang gelombangnya sudah dibuka (tanggal lulus + N bulan); U = tanpa nomor atau akun yang sah di kanal mana pun, atau semua pesan gelombang itu gagal terkirim; R = responden dengan jawaban status yang dapat dipakai. Yang dihitung orang, bukan percakapan; yang lulus dua kali dihitung sekali, dengan kelulusan terakhirnya.",
             "G = graduates whose wave has opened (graduation date + N months); U = no valid number or handle on any channel, or every message of the wave failed; R = respondents with a usable status answer. People are counted, never threads; someone who graduated twice counts once, with their latest graduation."),
            ("Setiap gelombang menerima jawaban dalam jendelanya (bawaan: gelombang 3 sampai bulan ke-5, 6 sampai bulan ke-9, 12 sampai bulan ke-18); jawaban di luar semua jendela disimpan tetapi tidak dihitung.",
             "Each wave takes answers within its window (by default wave 3 until month 5, 6 until month 9, 12 until month 18); answers outside every window are kept but not counted."),
            ("Respons kotor = R / G; respons bersih = R / (G − U). Lulusan yang tidak ditanya izin kontak atau menolak dihubungi dilaporkan terpisah.", "Gross response = R / G; net response = R / (G − U). Graduates never asked for contact consent, or who declined, are reported apart."),
            ("Tingkat kerja = (karyawan + wirausaha) / R, dengan interval Wilson 95%. Batas non-respons: bawah = bekerja / G (semua yang tidak menjawab tidak bekerja), atas = (bekerja + G − R) / G.",
             "Employment rate = (employees + self-employed) / R, with a 95% Wilson interval. Non-response bounds: lower = working / G (every non-respondent not working), upper = (working + G − R) / G."),
            ("Pengangguran terbuka = (mencari kerja + sudah diterima belum mulai + menyiapkan usaha + putus asa) / (bekerja + semua itu), seperti TPT BPS. Melanjutkan = yang status utamanya sekolah/pelatihan / R (yang bekerja sambil sekolah dihitung bekerja). Tingkat BMW = (bekerja + melanjutkan + wirausaha, tiap orang sekali) / R.",
             "Open unemployment = (looking + hired not started + preparing a business + discouraged) / (working + all of those), as BPS's TPT. Further education = those whose main status is studying or training / R (working students count as working). BMW rate = (working + studying + self-employed, each person once) / R."),
            ("Masa tunggu = bulan dari lulus sampai mulai kerja pertama, bagi setiap responden yang menyebut kerja pertamanya, masih bekerja atau tidak (median dan bagian < 6 bulan); yang sudah bekerja sebelum lulus dilaporkan terpisah. Kesesuaian = yang pekerjaannya sesuai pelatihan / yang bekerja dan menjawab pertanyaan itu. Penghasilan ≥ UMK dan ≥ 1,2 × UMK = di antara yang bekerja dan menyebut penghasilannya.",
             "Time to first job = months from graduation to the first job, for every respondent who reports one, working now or not (median and share < 6 months); those already working before graduation are reported apart. Match = working whose work matches the training / working who answered that question. Income ≥ UMK and ≥ 1.2 × UMK = among the working who gave their income."),
            ("Angka dengan dasar kurang dari \(report.threshold) lulusan atau responden disembunyikan (—¹), dan sel lain ikut disembunyikan bila perlu (—²) agar tidak satu pun sel tersembunyi dapat dihitung dari sel dan total yang ditampilkan. Aturan yang sama berlaku untuk setiap tabel, grafik, CSV dan API.",
             "Figures on fewer than \(report.threshold) graduates or respondents are suppressed (—¹), and other cells too where needed (—²) so that no hidden cell can be worked out from the published cells and totals. The same rule applies to every table, chart, CSV and the API."),
            ("Atribusi kampanye: (1) kode kampanye di baris pendaftaran — pasti; (2) jika tidak ada, kanal yang disebut pendaftar (sumber_info) dan kampanye kanal itu untuk kelasnya yang tayang dalam 30 hari sebelum mendaftar (yang terakhir); (3) selain itu tidak teratribusi. Metode tidak pernah dijumlahkan menjadi satu kredit.",
             "Campaign attribution: (1) the campaign code in the registration row — exact; (2) otherwise the channel the registrant named (sumber_info) and that channel's campaign for their class live in the 30 days before registering (the latest); (3) otherwise unattributed. Methods are never added into one credit."),
            ("Sumber data: ekspor pendaftaran, daftar hadir dan kelulusan BLK; balasan survei dari ekspor obrolan WhatsApp, Telegram dan Instagram; Insights Instagram. Jawaban yang tidak pasti ditinjau staf, tidak ditebak.",
             "Data: BLK's registration exports, attendance and graduation lists; survey replies from WhatsApp, Telegram and Instagram chat exports; Instagram Insights. Uncertain answers are reviewed by staff, never guessed."),
        ]
        for (id, en) in lines { blocks.append(.paragraph(l.pick(id, en))) }
    }
}
