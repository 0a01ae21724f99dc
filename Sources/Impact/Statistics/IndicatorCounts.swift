import Foundation

/// The raw counts for one group in one survey wave (a class, a programme, a year), counting
/// people, never message threads.
///
/// The five status counts are mutually exclusive: each respondent has exactly one main
/// status, and a student who also works at least one hour is counted as working (BPS
/// Sakernas), which is why the overlap is a separate, optional count.
public struct IndicatorCounts: Sendable, Equatable, Hashable {
    /// G: eligible graduates of the group.
    public var graduates: Int
    /// U: graduates with no valid phone or handle on any channel, or whose every message of the wave failed.
    public var unreachable: Int
    /// Not messaged because the registration never asked for consent to follow-up ("not asked"); not in U.
    public var consentNotAsked: Int
    /// Not messaged because they declined follow-up contact; not in U.
    public var declined: Int
    /// R: respondents with a usable status answer. Must equal the sum of the five status counts.
    public var respondents: Int
    public var employees: Int
    public var selfEmployed: Int
    /// Open unemployment in all its kinds (BPS): looking for work, and the three below.
    public var unemployed: Int
    /// Of `unemployed`: accepted for a job that has not started.
    public var hiredNotStarted: Int
    /// Of `unemployed`: preparing a business.
    public var preparingBusiness: Int
    /// Of `unemployed`: not looking because they believe no work can be had.
    public var discouraged: Int
    public var studying: Int
    public var notInLabourForce: Int
    /// Working respondents (already in `employees` or `selfEmployed`) who also study or train.
    public var workingAndStudying: Int
    /// Working respondents who answered whether their work matches the training.
    public var matchAnswered: Int
    /// Of those, whose work matches ("sesuai").
    public var matched: Int
    /// Working respondents who gave an income band (not "prefer not to say").
    public var incomeAnswered: Int
    /// Of those, earning at least the UMK.
    public var atLeastUMK: Int
    /// Of those, earning at least 1.2 × UMK (also counted in `atLeastUMK`).
    public var atLeast1_2UMK: Int
    /// Whole calendar months from graduation to the first job's start, one entry per respondent who reports a
    /// first job that began after graduation — whether or not they still work.
    public var monthsToFirstJob: [Int]
    /// Respondents whose first job began before graduation: reported apart, not in `monthsToFirstJob`.
    public var workingBeforeGraduation: Int

    public init(
        graduates: Int, unreachable: Int = 0, consentNotAsked: Int = 0, declined: Int = 0, respondents: Int,
        employees: Int = 0, selfEmployed: Int = 0, unemployed: Int = 0, hiredNotStarted: Int = 0, preparingBusiness: Int = 0,
        discouraged: Int = 0, studying: Int = 0, notInLabourForce: Int = 0,
        workingAndStudying: Int = 0, matchAnswered: Int = 0, matched: Int = 0,
        incomeAnswered: Int = 0, atLeastUMK: Int = 0, atLeast1_2UMK: Int = 0,
        monthsToFirstJob: [Int] = [], workingBeforeGraduation: Int = 0
    ) {
        self.graduates = graduates
        self.unreachable = unreachable
        self.consentNotAsked = consentNotAsked
        self.declined = declined
        self.respondents = respondents
        self.employees = employees
        self.selfEmployed = selfEmployed
        self.unemployed = unemployed
        self.hiredNotStarted = hiredNotStarted
        self.preparingBusiness = preparingBusiness
        self.discouraged = discouraged
        self.studying = studying
        self.notInLabourForce = notInLabourForce
        self.workingAndStudying = workingAndStudying
        self.matchAnswered = matchAnswered
        self.matched = matched
        self.incomeAnswered = incomeAnswered
        self.atLeastUMK = atLeastUMK
        self.atLeast1_2UMK = atLeast1_2UMK
        self.monthsToFirstJob = monthsToFirstJob
        self.workingBeforeGraduation = workingBeforeGraduation
    }

    /// employees + selfEmployed.
    public var employed: Int { employees + selfEmployed }
}
