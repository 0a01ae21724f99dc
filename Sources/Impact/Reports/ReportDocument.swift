import Alumni
import Foundation
import Outreach

/// The report as a sequence of blocks — headings, paragraphs, tables, charts — built once from an
/// `ImpactReport` in one language; the HTML, Markdown and CSV renderers only lay the blocks out.
struct ReportDocument {
    /// A table cell: the text people read, and the number behind it (for CSV) when there is one.
    struct Cell {
        var text: String
        var number: Double?
        /// Rates travel as fractions in CSV; counts as integers.
        var isRate: Bool = false
    }

    struct Table {
        /// File name stem for the CSV form.
        var name: String
        var caption: String
        var header: [String]
        var rows: [[Cell]]
    }

    enum Block {
        case title(String, subtitle: String)
        case heading(String)
        case paragraph(String)
        case note(String)
        case table(Table)
        case chart([SVGChart.Bar], title: String)
    }

    let report: ImpactReport
    let lang: ReportLanguage
    var blocks: [Block] = []

    init(_ report: ImpactReport, language: ReportLanguage) {
        self.report = report
        self.lang = language
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
            "Laporan ini mencakup \(l.number(report.graduates)) lulusan dari \(report.classes.count) kelas (\(report.classes.joined(separator: ", "))). Setiap angka menghitung orang, bukan percakapan.",
            "This report covers \(l.number(report.graduates)) graduates of \(report.classes.count) classes (\(report.classes.joined(separator: ", "))). Every figure counts people, not chat threads.")))
        blocks.append(.table(Table(
            name: "coverage", caption: l.pick("Tingkat respons per gelombang survei", "Response rate per survey wave"),
            header: [l.pick("Gelombang (bulan)", "Wave (months)"), l.pick("Lulusan yang sudah jatuh tempo", "Graduates due"),
                     l.pick("Tidak terjangkau", "Unreachable"), l.pick("Responden", "Respondents"),
                     l.pick("Respons kotor (R/G)", "Gross response (R/G)"), l.pick("Respons bersih (R/(G−U))", "Net response (R/(G−U))")],
            rows: report.coverage.map { c in
                [Cell(text: "\(c.wave)", number: Double(c.wave)), count(c.graduates), count(c.unreachable), count(c.respondents),
                 rate(c.grossResponseRate), rate(c.netResponseRate)]
            })))
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
        guard !report.campaigns.isEmpty else {
            blocks.append(.paragraph(l.pick("Belum ada kampanye yang tercatat untuk kelas-kelas ini.", "No campaign is recorded for these classes yet.")))
            return
        }
        blocks.append(.table(Table(
            name: "outputs", caption: l.pick("Kampanye dan keluarannya (Insights Instagram atau isian staf)", "Campaigns and their outputs (Instagram Insights or typed by staff)"),
            header: [l.pick("Kampanye", "Campaign"), l.pick("Kanal", "Channel"), l.pick("Pendekatan", "Approach"), "Reach",
                     l.pick("Tayangan", "Views"), "Likes", l.pick("Komentar", "Comments"), l.pick("Dibagikan", "Shares"), l.pick("Disimpan", "Saves")],
            rows: report.campaigns.map { line in
                let o = line.outputs
                return [Cell(text: line.campaign.code), Cell(text: line.campaign.channel.label),
                        Cell(text: l.statusLabel(line.campaign.approach?.rawValue ?? "(not set)")),
                        count(o.reach), count(o.views), count(o.likes), count(o.comments), count(o.shares), count(o.saves)]
            })))
        if !report.polls.isEmpty {
            blocks.append(.paragraph(l.pick("Polling di saluran siaran (suara agregat, tidak per orang, tidak dicampur ke angka per lulusan):",
                                            "Broadcast-channel polls (aggregate votes, never per person, never mixed into per-graduate figures):")))
            for poll in report.polls {
                let answers = poll.answers.map { "\($0.text): \(l.number($0.voters))" }.joined(separator: "; ")
                blocks.append(.note("\(poll.chat) — \(poll.question) — \(answers)"))
            }
        }
    }

    // MARK: Funnel

    private mutating func funnel() {
        let l = lang
        blocks.append(.heading(l.pick("3. Dari jangkauan ke pekerjaan", "3. From reach to work")))
        let rows = report.funnel.rows
        func sum(_ key: KeyPath<Funnel.Row, Int>) -> Int { rows.reduce(0) { $0 + $1[keyPath: key] } }
        let stages: [(String, Int)] = [
            (l.pick("Mendaftar", "Registered"), sum(\.registrations)), (l.pick("Diterima", "Accepted"), sum(\.accepted)),
            (l.pick("Hadir", "Enrolled"), sum(\.enrolled)), (l.pick("Lulus", "Graduated"), sum(\.graduated)),
            (l.pick("Disurvei", "Surveyed"), sum(\.surveyed)), (l.pick("Menjawab", "Responded"), sum(\.responded)),
            (l.pick("Bekerja", "Working"), sum(\.employed)),
        ]
        let top = Double(max(stages.first?.1 ?? 1, 1))
        blocks.append(.chart(stages.map { SVGChart.Bar(label: $0.0, value: Double($0.1) / top, valueText: l.number($0.1)) },
                             title: l.pick("Corong: semua kanal", "Funnel: all channels")))
        blocks.append(.table(Table(
            name: "funnel_channel", caption: l.pick("Corong per kanal (gelombang \(report.wave) bulan)", "Funnel by channel (wave \(report.wave) months)"),
            header: [l.pick("Kanal", "Channel"), "Reach", l.pick("Mendaftar", "Registered"), l.pick("Diterima", "Accepted"),
                     l.pick("Hadir", "Enrolled"), l.pick("Lulus", "Graduated"), l.pick("Menjawab", "Responded"), l.pick("Bekerja", "Working"),
                     l.pick("Daftar per 1.000 reach", "Registrations per 1,000 reach"), l.pick("Bekerja per 1.000 reach", "Working per 1,000 reach"),
                     l.pick("Biaya per lulusan bekerja (Rp)", "Cost per working graduate (Rp)"), l.pick("Jam hingga kuota penuh", "Hours to fill quota")],
            rows: rows.map { r in
                [Cell(text: l.statusLabel(r.group)), count(r.reach), count(r.registrations), count(r.accepted), count(r.enrolled), count(r.graduated),
                 count(r.responded), count(r.employed), decimal(r.registrationsPer1000Reach, places: 2), decimal(r.employedPer1000Reach, places: 2),
                 count(r.costPerEmployed.map { Int($0.rounded()) }), decimal(r.hoursToFill)]
            })))
        if let best = rows.filter({ $0.group != "(unattributed)" && $0.employedPer1000Reach != nil }).max(by: { $0.employedPer1000Reach! < $1.employedPer1000Reach! }) {
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
            blocks.append(.table(Table(
                name: "indicators", caption: l.pick("Indikator studi pelacakan", "Tracer-study indicators"),
                header: [l.pick("Indikator", "Indicator"), l.pick("Nilai", "Value"), l.pick("Dasar", "Base")],
                rows: [
                    indicator(l.pick("Tingkat pengangguran terbuka responden", "Open unemployment among respondents"), i.unemploymentRate),
                    indicator(l.pick("Tingkat BMW (bekerja, melanjutkan, wirausaha)", "BMW rate (working, studying, self-employed)"), i.bmwRate),
                    indicator(l.pick("Melanjutkan pendidikan/pelatihan", "In further education or training"), i.furtherEducationRate),
                    indicator(l.pick("Pekerjaan sesuai pelatihan", "Work matches the training"), i.matchShare),
                    indicator(l.pick("Penghasilan ≥ UMK", "Income ≥ UMK"), i.atLeastUMKShare),
                    indicator(l.pick("Penghasilan ≥ 1,2 × UMK", "Income ≥ 1.2 × UMK"), i.atLeast1_2UMKShare),
                    indicator(l.pick("Dapat kerja < 6 bulan setelah lulus", "First job within 6 months"), i.firstJobUnderSixMonths),
                    [Cell(text: l.pick("Median masa tunggu (bulan)", "Median months to first job")), decimal(i.medianMonthsToFirstJob),
                     count(i.firstJobUnderSixMonths.denominator)],
                ])))
            let tptID = "Sebagai pembanding (populasi berbeda: seluruh penduduk usia kerja, bukan lulusan pelatihan): \(ReferenceRates.kotaTangerang2024.label.id) \(l.percent(ReferenceRates.kotaTangerang2024.value, decimals: 2)) (\(ReferenceRates.kotaTangerang2024.source)); \(ReferenceRates.nationalAugust2025.label.id) \(l.percent(ReferenceRates.nationalAugust2025.value, decimals: 2)) (\(ReferenceRates.nationalAugust2025.source)). Pengangguran terbuka di antara responden: \(l.percent(RateGroup.round(i.unemploymentRate.value)))."
            let tptEN = "For comparison (different populations: all working-age residents, not training graduates): \(ReferenceRates.kotaTangerang2024.label.en) \(l.percent(ReferenceRates.kotaTangerang2024.value, decimals: 2)) (\(ReferenceRates.kotaTangerang2024.source)); \(ReferenceRates.nationalAugust2025.label.en) \(l.percent(ReferenceRates.nationalAugust2025.value, decimals: 2)) (\(ReferenceRates.nationalAugust2025.source)). Open unemployment among respondents: \(l.percent(RateGroup.round(i.unemploymentRate.value)))."
            blocks.append(.note(l.pick(tptID, tptEN)))
        }
        rates(report.byProgram, name: "rates_program", title: l.pick("Tingkat kerja per program", "Employment rate by programme"), dimension: l.pick("Program", "Programme"))
        rates(report.byChannel, name: "rates_channel", title: l.pick("Tingkat kerja per kanal yang merekrut", "Employment rate by recruiting channel"), dimension: l.pick("Kanal", "Channel"))
        rates(report.byApproach, name: "rates_approach", title: l.pick("Tingkat kerja per pendekatan konten", "Employment rate by content approach"), dimension: l.pick("Pendekatan", "Approach"))
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
        let waveBars = report.byWave.map { table in
            bar(l.pick("\(table.wave) bulan", "\(table.wave) months"), table.total)
        }
        blocks.append(.chart(waveBars, title: l.pick("Tingkat kerja per gelombang", "Employment rate by wave")))
        blocks.append(.table(Table(
            name: "rates_wave", caption: l.pick("Tingkat kerja per gelombang survei", "Employment rate by survey wave"),
            header: rateHeader(first: l.pick("Gelombang (bulan)", "Wave (months)")),
            rows: report.byWave.map { rateRow(label: "\($0.wave)", $0.total) })))
        rates(report.byCohort, name: "rates_cohort", title: l.pick("Tingkat kerja per angkatan (bulan lulus)", "Employment rate by cohort (graduation month)"), dimension: l.pick("Bulan lulus", "Graduation month"))
    }

    private mutating func rates(_ table: RatesTable, name: String, title: String, dimension: String) {
        blocks.append(.chart(table.groups.map { bar(lang.statusLabel($0.key[0].value), $0) }, title: title))
        blocks.append(.table(Table(name: name, caption: title, header: rateHeader(first: dimension),
                                   rows: table.groups.map { rateRow(label: lang.statusLabel($0.key[0].value), $0) } + [rateRow(label: lang.pick("Total", "Total"), table.total)])))
    }

    private func rateHeader(first: String) -> [String] {
        let l = lang
        return [first, l.pick("Lulusan", "Graduates"), l.pick("Responden", "Respondents"), l.pick("Karyawan", "Employees"),
                l.pick("Wirausaha", "Self-employed"), l.pick("Mencari kerja", "Unemployed"), l.pick("Sekolah/pelatihan", "Studying"),
                l.pick("Tingkat kerja", "Employment rate"), l.pick("Interval 95%", "95% interval"), l.pick("Batas non-respons", "Non-response bounds")]
    }

    private func rateRow(label: String, _ group: RateGroup) -> [Cell] {
        let l = lang
        guard !group.suppressed else {
            return [Cell(text: label)] + [Cell(text: "<\(report.threshold)")] + Array(repeating: Cell(text: l.pick("disembunyikan", "suppressed")), count: 8)
        }
        let f = Dictionary(uniqueKeysWithValues: group.figures.map { ($0.name, $0.value) })
        func range(_ a: String, _ b: String) -> Cell {
            guard let low = f[a]!, let high = f[b]! else { return Cell(text: "—") }
            return Cell(text: "\(l.percent(low))–\(l.percent(high))")
        }
        return [Cell(text: label), count(group.counts.graduates), count(group.counts.respondents), count(group.counts.employees),
                count(group.counts.selfEmployed), count(group.counts.unemployed), count(group.counts.studying),
                rate(f["employment_rate"]!), range("ci_low", "ci_high"), range("bound_low", "bound_high")]
    }

    private func bar(_ label: String, _ group: RateGroup) -> SVGChart.Bar {
        guard !group.suppressed else { return SVGChart.Bar(label: label, value: nil, note: lang.pick("disembunyikan (<\(report.threshold))", "suppressed (<\(report.threshold))"), valueText: "") }
        let rate = group.indicators.employmentRate
        return SVGChart.Bar(label: label, value: RateGroup.round(rate.value), low: RateGroup.round(rate.interval?.lower),
                            high: RateGroup.round(rate.interval?.upper), note: lang.pick("belum ada jawaban", "no answers yet"),
                            valueText: "\(lang.percent(RateGroup.round(rate.value))) (n=\(group.counts.respondents))")
    }

    private func indicator(_ name: String, _ p: Proportion) -> [Cell] {
        [Cell(text: name), rate(RateGroup.round(p.value)), Cell(text: "\(lang.number(p.numerator)) / \(lang.number(p.denominator))")]
    }

    private func count(_ value: Int?) -> Cell { Cell(text: lang.number(value), number: value.map(Double.init)) }
    private func rate(_ value: Double?) -> Cell { Cell(text: lang.percent(value), number: value, isRate: true) }
    private func decimal(_ value: Double?, places: Int = 1) -> Cell {
        let scale = places == 2 ? 100.0 : 10.0
        let rounded = value.map { ($0 * scale).rounded() / scale }
        return Cell(text: lang.decimal(rounded, places: places), number: rounded)
    }

    // MARK: Appendix

    private mutating func appendix() {
        let l = lang
        blocks.append(.heading(l.pick("Lampiran: cara menghitung", "Appendix: how the figures are computed")))
        let lines: [(String, String)] = [
            ("G = lulusan yang gelombangnya sudah jatuh tempo (tanggal lulus + N bulan); U = tidak terjangkau (tidak setuju dihubungi, tanpa nomor/akun, atau pesan gagal terkirim); R = responden dengan jawaban status yang dapat dipakai. Yang dihitung orang, bukan percakapan.",
             "G = graduates whose wave is due (graduation date + N months); U = unreachable (declined contact, no number or handle, or every message failed); R = respondents with a usable status answer. People are counted, never threads."),
            ("Respons kotor = R / G; respons bersih = R / (G − U).", "Gross response = R / G; net response = R / (G − U)."),
            ("Tingkat kerja = (karyawan + wirausaha) / R, dengan interval Wilson 95%. Batas non-respons: bawah = bekerja / G (semua yang tidak menjawab tidak bekerja), atas = (bekerja + G − R) / G.",
             "Employment rate = (employees + self-employed) / R, with a 95% Wilson interval. Non-response bounds: lower = working / G (every non-respondent not working), upper = (working + G − R) / G."),
            ("Pengangguran terbuka = mencari kerja / (bekerja + mencari kerja), sebanding bentuknya dengan TPT BPS. Melanjutkan = sedang sekolah/pelatihan / R. Tingkat BMW = (bekerja + melanjutkan + wirausaha, tiap orang sekali) / R.",
             "Open unemployment = looking for work / (working + looking), the form of BPS's TPT. Further education = studying / R. BMW rate = (working + studying + self-employed, each person once) / R."),
            ("Masa tunggu = bulan dari lulus sampai mulai kerja pertama (median dan bagian < 6 bulan); yang sudah bekerja sebelum lulus dilaporkan terpisah. Kesesuaian = bekerja yang pekerjaannya sesuai pelatihan / bekerja. Penghasilan ≥ UMK dan ≥ 1,2 × UMK = di antara yang bekerja dan menyebut penghasilannya.",
             "Time to first job = months from graduation to the first job (median and share < 6 months); those already working before graduation are reported apart. Match = working whose work matches the training / working. Income ≥ UMK and ≥ 1.2 × UMK = among the working who gave their income."),
            ("Kelompok dengan kurang dari \(report.threshold) lulusan atau responden disembunyikan (\"<\(report.threshold)\"), dan satu kelompok lain di baris yang sama ikut disembunyikan agar angka yang disembunyikan tidak bisa dihitung dari total.",
             "Groups with fewer than \(report.threshold) graduates or respondents are suppressed (\"<\(report.threshold)\"), and one more group in the same line too, so the hidden numbers cannot be worked out from the total."),
            ("Atribusi kampanye: (1) kode kampanye di baris pendaftaran — pasti; (2) jika tidak ada, kanal yang disebut pendaftar (sumber_info) dan kampanye kanal itu untuk kelasnya yang tayang dalam 30 hari sebelum mendaftar (yang terakhir); (3) selain itu tidak teratribusi. Metode tidak pernah dijumlahkan menjadi satu kredit.",
             "Campaign attribution: (1) the campaign code in the registration row — exact; (2) otherwise the channel the registrant named (sumber_info) and that channel's campaign for their class live in the 30 days before registering (the latest); (3) otherwise unattributed. Methods are never added into one credit."),
            ("Sumber data: ekspor pendaftaran, daftar hadir dan kelulusan BLK; balasan survei dari ekspor obrolan WhatsApp, Telegram dan Instagram; Insights Instagram. Jawaban yang tidak pasti ditinjau staf, tidak ditebak.",
             "Data: BLK's registration exports, attendance and graduation lists; survey replies from WhatsApp, Telegram and Instagram chat exports; Instagram Insights. Uncertain answers are reviewed by staff, never guessed."),
        ]
        for (id, en) in lines { blocks.append(.paragraph(l.pick(id, en))) }
    }
}
