import Outreach

extension IndicatorCounts {
    /// Counts people, never messages: each graduate once, with their latest answer for the wave.
    public init(_ outcomes: [GraduateOutcome]) {
        self.init(graduates: outcomes.count, respondents: 0)
        for outcome in outcomes {
            if !outcome.reachable { unreachable += 1 }
            guard let status = outcome.status else { continue }
            respondents += 1
            switch status {
            case .employee: employees += 1
            case .selfEmployed: selfEmployed += 1
            case .unemployed: unemployed += 1
            case .studying: studying += 1
            case .notInLabourForce: notInLabourForce += 1
            }
            guard status.isWorking else { continue }
            if outcome.alsoStudying { workingAndStudying += 1 }
            if outcome.match == .matches { matched += 1 }
            if let income = outcome.income, income != .preferNotToSay {
                incomeAnswered += 1
                if income != .belowUMK { atLeastUMK += 1 }
                if income == .atLeast1_2UMK { atLeast1_2UMK += 1 }
            }
            if let first = outcome.firstJobMonth, let graduation = YearMonth(year: outcome.graduatedOn.year, month: outcome.graduatedOn.month) {
                let months = first.months(since: graduation)
                if months >= 0 { monthsToFirstJob.append(months) } else { workingBeforeGraduation += 1 }
            }
        }
    }
}
