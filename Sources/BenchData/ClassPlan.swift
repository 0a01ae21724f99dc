import Alumni

/// One class of the dataset: its programme, quota, dates, and the people (by global index) who register.
struct PlannedClass {
    var index: Int
    var programme: Programme
    var code: String
    var year: Int
    var quota: Int
    var opens: CivilDate
    var starts: CivilDate
    var ends: CivilDate
    /// Global index of the first person registering for this class; people are never shared between classes.
    var firstPerson: Int
    /// Valid registrants beyond the quota: they are waitlisted.
    var waitlisted: Int

    var registrants: Int { quota + waitlisted }
    var graduatedOn: CivilDate { ends }
}

/// Spreads `graduates` over classes in three budget years (2023–2025), every programme every year.
///
/// Classes end between mid-February and the end of September, so the 12-month wave of the last
/// class (2025) is due before the end of 2026.
enum ClassPlan {
    static let years = [2023, 2024, 2025]

    static func make(graduates: Int, classSize: Int, waitlistShare: Double) -> [PlannedClass] {
        let count = max(Programme.all.count, (graduates + classSize - 1) / classSize)
        var classes: [PlannedClass] = []
        var nextPerson = 0
        // Class k: programme k mod P, year by thirds, sequence number within programme-year.
        var sequence: [String: Int] = [:]
        let perYear = (count + years.count - 1) / years.count
        for k in 0..<count {
            let programme = Programme.all[k % Programme.all.count]
            let year = years[min(years.count - 1, k / perYear)]
            let position = k % perYear
            let key = "\(programme.code)-\(year)"
            sequence[key, default: 0] += 1
            let code = "\(programme.code)-\(year)-\(Pad.two(sequence[key]!))"
            let quota = graduates / count + (k < graduates % count ? 1 : 0)
            let endDay = CivilDate(year: year, month: 2, day: 15)!.dayNumber + position * 225 / max(1, perYear - 1)
            let ends = CivilDate(dayNumber: min(endDay, CivilDate(year: year, month: 9, day: 30)!.dayNumber))
            let starts = CivilDate(dayNumber: ends.dayNumber - 46)
            let opens = CivilDate(dayNumber: starts.dayNumber - 28)
            let waitlisted = max(1, Int(Double(quota) * waitlistShare))
            classes.append(PlannedClass(
                index: k, programme: programme, code: code, year: year, quota: quota, opens: opens, starts: starts,
                ends: ends, firstPerson: nextPerson, waitlisted: waitlisted))
            nextPerson += quota + waitlisted
        }
        return classes
    }
}
