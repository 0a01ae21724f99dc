import Alumni

/// One or more posts or messages announcing a class or a programme, identified by the code that its
/// registration links carry (`kode_kampanye`).
public struct Campaign: Sendable, Equatable, Encodable {
    public var code: String
    public var name: String?
    public var channel: Channel
    public var startsOn: CivilDate
    public var endsOn: CivilDate?
    public var approach: Approach?
    /// Cost in rupiah, when known.
    public var cost: Int?
    /// The classes it announced.
    public var classes: [String]

    public init(code: String, name: String? = nil, channel: Channel, startsOn: CivilDate, endsOn: CivilDate? = nil,
                approach: Approach? = nil, cost: Int? = nil, classes: [String] = []) {
        self.code = code
        self.name = name
        self.channel = channel
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.approach = approach
        self.cost = cost
        self.classes = classes
    }

    enum CodingKeys: String, CodingKey {
        case code, name, channel, approach, cost, classes
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }
}

/// A campaign's digital outputs, summed over its posts: what people saw and did (AMEC "outputs").
///
/// A metric no post of the campaign has (a broadcast channel reports reach only; typed outputs may give just reach)
/// is nil, never 0: "no likes measured" is not "no likes".
public struct CampaignOutputs: Sendable, Equatable, Encodable {
    public var posts = 0
    public var reach: Int?
    public var views: Int?
    public var likes: Int?
    public var comments: Int?
    public var shares: Int?
    public var saves: Int?
    public var follows: Int?

    public init() {}
}

/// A campaign with its summed outputs: `jejak campaigns show`, `campaigns list --format json` and `GET /api/campaigns`.
public struct CampaignSummary: Sendable, Encodable {
    public var campaign: Campaign
    public var outputs: CampaignOutputs

    public init(campaign: Campaign, outputs: CampaignOutputs) {
        self.campaign = campaign
        self.outputs = outputs
    }
}
