import Alumni
import Foundation

/// The report's tables and charts, one at a time, in one language: labels, number formats and suppression marks.
/// `ReportDocument` assembles the whole report from these; `ReportFragments` gives single ones to the server's pages,
/// so a figure looks the same in the report and in the browser.
struct ReportFormatter {
    typealias Cell = ReportDocument.Cell
    typealias Table = ReportDocument.Table
    typealias Block = ReportDocument.Block

    let lang: ReportLanguage
    /// The threshold footnotes name (the table's own, or the default when a staff table is unsuppressed).
    let threshold: Int

    // MARK: Rates

    var chartDescription: String {
        lang.pick("Batang: tingkat kerja di antara responden; garis: interval 95%; n = responden.",
                  "Bars: employment rate among respondents; lines: 95% interval; n = respondents.")
    }

    /// A subheading, a chart of each group's employment rate with its interval, and the table with the total.
    func rates(_ table: RatesTable, name: String, title: String) -> [Block] {
        let dimension = table.breakdowns.map(lang.breakdownName).joined(separator: " · ")
        let label = { (group: RateGroup) in group.key.map { lang.statusLabel($0.value) }.joined(separator: " · ") }
        var reasons: [SuppressionReason] = []
        let rows = table.groups.map { rateRow(label: label($0), $0, reasons: &reasons) }
            + [rateRow(label: lang.pick("Total", "Total"), table.total, reasons: &reasons)]
        return [
            .subheading(title),
            .chart(table.groups.map { bar(label($0), $0) }, description: chartDescription),
            .table(Table(name: name, caption: title, header: rateHeader(first: dimension), rows: rows, notes: footnotes(reasons), captionShown: false)),
        ]
    }

    func rateHeader(first: String) -> [String] {
        let l = lang
        return [first, l.pick("Lulusan", "Graduates"), l.pick("Responden", "Respondents"), l.pick("Karyawan", "Employees"),
                l.pick("Wirausaha", "Self-employed"), l.pick("Menganggur", "Unemployed"), l.pick("Sekolah/pelatihan", "Studying"),
                l.pick("Tingkat kerja", "Employment rate"), l.pick("Interval 95%", "95% interval"), l.pick("Batas non-respons", "Non-response bounds")]
    }

    func rateRow(label: String, _ group: RateGroup, reasons: inout [SuppressionReason]) -> [Cell] {
        if let reason = group.suppressionReason, group.suppressed {
            reasons.append(reason)
            return [Cell(text: label)] + Array(repeating: .withheld(reason), count: 9)
        }
        let f = Dictionary(uniqueKeysWithValues: group.figures.map { ($0.name, $0.value) })
        func range(_ a: String, _ b: String) -> Cell {
            guard let low = f[a]!, let high = f[b]! else { return Cell(text: "—") }
            return Cell(text: lang.range(low, high))
        }
        return [Cell(text: label), count(group.counts.graduates), count(group.counts.respondents), count(group.counts.employees),
                count(group.counts.selfEmployed), count(group.counts.unemployed), count(group.counts.studying),
                rate(f["employment_rate"]!), range("ci_low", "ci_high"), range("bound_low", "bound_high")]
    }

    func bar(_ label: String, _ group: RateGroup) -> SVGChart.Bar {
        if let reason = group.suppressionReason, group.suppressed {
            return SVGChart.Bar(label: label, value: nil, note: lang.pick("disembunyikan", "suppressed") + reason.mark, valueText: "")
        }
        let rate = group.indicators.employmentRate
        return SVGChart.Bar(label: label, value: RateGroup.round(rate.value), low: RateGroup.round(rate.interval?.lower),
                            high: RateGroup.round(rate.interval?.upper), note: lang.pick("belum ada jawaban", "no answers yet"),
                            valueText: "\(lang.percent(RateGroup.round(rate.value))) (n=\(group.counts.respondents))")
    }

    // MARK: Classes

    /// Registrations, seats, waitlist and hours to fill per class; registration counts under the threshold withheld.
    func classes(_ listings: [ClassListing]) -> Table? {
        let l = lang
        guard !listings.isEmpty else { return nil }
        var reasons: [SuppressionReason] = []
        let rows = listings.map { item -> [Cell] in
            let label = [Cell(text: item.trainingClass.code), Cell(text: item.programName), count(item.trainingClass.quota)]
            if let reason = Suppression.primary(graduates: item.registrations, respondents: item.registrations, threshold: threshold) {
                reasons.append(reason)
                return label + Array(repeating: .withheld(reason), count: 3) + [decimal(item.hoursToFill)]
            }
            return label + [count(item.registrations), count(item.seatsTaken), count(item.waitlisted), decimal(item.hoursToFill)]
        }
        return Table(
            name: "classes", caption: l.pick("Kelas, kuota dan kecepatan terisi", "Classes, quotas and how fast they filled"),
            header: [l.pick("Kelas", "Class"), l.pick("Program", "Programme"), l.pick("Kuota", "Quota"), l.pick("Pendaftar", "Registrations"),
                     l.pick("Kursi terisi", "Seats taken"), l.pick("Daftar tunggu", "Waitlist"), l.pick("Jam hingga kuota penuh", "Hours to fill the quota")],
            rows: rows,
            notes: footnotes(reasons) + [l.pick("Jam hingga kuota penuh = dari pendaftaran pertama sampai pendaftaran yang mengisi kursi terakhir; — bila kuota belum penuh.",
                                                "Hours to fill = from the first registration to the one that took the last seat; — when the quota did not fill.")])
    }

    // MARK: Funnel

    /// A chart of the whole funnel (when its total is publishable), the funnel's counts, then its results per reach
    /// and per rupiah; people counts of small groups withheld.
    func funnel(_ funnel: Funnel.Table) -> [Block] {
        let l = lang
        let rows = funnel.rows
        func sum(_ key: KeyPath<Funnel.Row, Int>) -> Int { rows.reduce(0) { $0 + $1[keyPath: key] } }
        let stages: [(String, Int)] = [
            (l.pick("Mendaftar", "Registered"), sum(\.registrations)), (l.pick("Diterima", "Accepted"), sum(\.accepted)),
            (l.pick("Hadir", "Enrolled"), sum(\.enrolled)), (l.pick("Lulus", "Graduated"), sum(\.graduated)),
            (l.pick("Disurvei", "Surveyed"), sum(\.surveyed)), (l.pick("Menjawab", "Responded"), sum(\.responded)),
            (l.pick("Bekerja", "Working"), sum(\.employed)),
        ]
        var chart: [Block] = []
        if Suppression.primary(graduates: sum(\.graduated), respondents: sum(\.responded), threshold: threshold) == nil {
            let top = Double(max(stages.first?.1 ?? 1, 1))
            chart.append(.chart(stages.map { SVGChart.Bar(label: $0.0, value: Double($0.1) / top, valueText: l.number($0.1)) },
                                description: l.pick("Corong keseluruhan: panjang batang = bagian dari yang mendaftar.",
                                                    "The whole funnel: bar length = share of those who registered.")))
        }
        let (by, byName): (String, String) = switch funnel.grouping {
        case .channel: (l.pick("per kanal", "by channel"), l.pick("Kanal", "Channel"))
        case .campaign: (l.pick("per kampanye", "by campaign"), l.pick("Kampanye", "Campaign"))
        case .approach: (l.pick("per pendekatan", "by approach"), l.pick("Pendekatan", "Approach"))
        }
        let marks = footnotes(rows.compactMap(\.suppressionReason))
        func people(_ r: Funnel.Row, _ cells: [Cell]) -> [Cell] { r.suppressionReason.map { Array(repeating: .withheld($0), count: cells.count) } ?? cells }
        return chart + [
            Table(
                name: "funnel_\(funnel.grouping.rawValue)",
                caption: l.pick("Corong \(by) (gelombang \(funnel.wave) bulan)", "Funnel \(by) (wave \(funnel.wave) months)"),
                header: [byName, l.pick("Jangkauan", "Reach"), l.pick("Mendaftar", "Registered"), l.pick("Diterima", "Accepted"),
                         l.pick("Hadir", "Enrolled"), l.pick("Lulus", "Graduated"), l.pick("Menjawab", "Responded"), l.pick("Bekerja", "Working")],
                rows: rows.map { r in
                    [Cell(text: l.statusLabel(r.group)), count(r.reach)]
                        + people(r, [count(r.registrations), count(r.accepted), count(r.enrolled), count(r.graduated), count(r.responded), count(r.employed)])
                },
                notes: marks + [l.pick(
                    "Menghitung pendaftaran. Jangkauan menggambarkan kampanye, bukan orang, sehingga tetap ditampilkan.",
                    "Counts registrations. Reach describes the campaigns, not people, so it is always shown.")]),
            Table(
                name: "funnel_\(funnel.grouping.rawValue)_ratios",
                caption: l.pick("Hasil per jangkauan dan per rupiah, \(by)", "Results per reach and per rupiah, \(by)"),
                header: [byName, l.pick("Mendaftar per 1.000 jangkauan", "Registered per 1,000 reach"),
                         l.pick("Bekerja per 1.000 jangkauan", "Working per 1,000 reach"), l.pick("Biaya", "Cost"),
                         l.pick("Biaya per lulusan bekerja", "Cost per working graduate")],
                rows: rows.map { r in
                    [Cell(text: l.statusLabel(r.group))]
                        + people(r, [decimal(r.registrationsPer1000Reach, places: 2), decimal(r.employedPer1000Reach, places: 2)])
                        + [money(r.cost)] + people(r, [money(r.costPerEmployed.map { Int($0.rounded()) })])
                },
                notes: marks),
        ].map(Block.table)
    }

    // MARK: Cells

    func footnotes(_ reasons: [SuppressionReason]) -> [String] {
        SuppressionReason.footnotes(reasons, threshold: threshold, in: lang)
    }

    func count(_ value: Int?) -> Cell { Cell(text: lang.number(value), number: value.map(Double.init)) }
    func money(_ value: Int?) -> Cell { Cell(text: lang.rupiah(value), number: value.map(Double.init)) }
    func rate(_ value: Double?) -> Cell { Cell(text: lang.percent(value), number: value, isRate: true) }
    func decimal(_ value: Double?, places: Int = 1) -> Cell {
        let scale = places == 2 ? 100.0 : 10.0
        let rounded = value.map { ($0 * scale).rounded() / scale }
        return Cell(text: lang.decimal(rounded, places: places), number: rounded)
    }
}
