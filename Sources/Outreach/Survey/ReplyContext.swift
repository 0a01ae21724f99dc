import Alumni

/// When a reply was written and when its writer graduated: what turns "sejak Mei" or "udah 2 bulan" into a month.
public struct ReplyContext: Sendable, Hashable {
    public var repliedOn: CivilDate
    public var graduatedOn: CivilDate?

    public init(repliedOn: CivilDate, graduatedOn: CivilDate? = nil) {
        self.repliedOn = repliedOn
        self.graduatedOn = graduatedOn
    }
}
