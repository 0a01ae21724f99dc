import Outreach

extension IndicatorCounts {
    /// Counts people, never messages: each graduate once, with their latest answer for the wave.
    /// Months to first job come out in order, however the outcomes were ordered.
    public init(_ outcomes: [GraduateOutcome]) {
        self.init(graduates: outcomes.count, respondents: 0)
        for outcome in outcomes {
            switch outcome.contact {
            case .reachable: break
            case .unreachable: unreachable += 1
            case .consentNotAsked: consentNotAsked += 1
            case .declined: declined += 1
            }
            guard let status = outcome.status else { continue }
            respondents += 1
            switch status {
            case .employee: employees += 1
            case .selfEmployed: selfEmployed += 1
            case .unemployed: unemployed += 1
            case .hiredNotStarted: unemployed += 1; hiredNotStarted += 1
            case .preparingBusiness: unemployed += 1; preparingBusiness += 1
            case .discouraged: unemployed += 1; discouraged += 1
            case .studying: studying += 1
            case .notInLabourForce: notInLabourForce += 1
            }
            // Time to first job: everyone who reports one, working now or not.
            if let first = outcome.firstJobMonth, let graduation = YearMonth(year: outcome.graduatedOn.year, month: outcome.graduatedOn.month) {
                let months = first.months(since: graduation)
                if months >= 0 { monthsToFirstJob.append(months) } else { workingBeforeGraduation += 1 }
            }
            guard status.isWorking else { continue }
            if outcome.alsoStudying { workingAndStudying += 1 }
            if let match = outcome.match {
                matchAnswered += 1
                if match == .matches { matched += 1 }
            }
            if let income = outcome.income, income != .preferNotToSay {
                incomeAnswered += 1
                if income != .belowUMK { atLeastUMK += 1 }
                if income == .atLeast1_2UMK { atLeast1_2UMK += 1 }
            }
        }
        monthsToFirstJob.sort()
    }
}
