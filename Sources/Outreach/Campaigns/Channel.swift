/// Where a campaign ran. Registration forms name these loosely; `SourceWording` maps their words here.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case instagramFeed = "instagram-feed"
    case instagramReels = "instagram-reels"
    case instagramStory = "instagram-story"
    case instagramLive = "instagram-live"
    case instagramBroadcast = "instagram-broadcast"
    case whatsappChannel = "whatsapp-channel"
    case whatsappBroadcast = "whatsapp-broadcast"
    case telegram
    case tiktok
    case facebook
    case youtube
    case website
    case offline

    /// How reports name it.
    public var label: String {
        switch self {
        case .instagramFeed: "Instagram feed"
        case .instagramReels: "Instagram Reels"
        case .instagramStory: "Instagram Story"
        case .instagramLive: "Instagram Live"
        case .instagramBroadcast: "Instagram broadcast channel"
        case .whatsappChannel: "WhatsApp channel"
        case .whatsappBroadcast: "WhatsApp broadcast"
        case .telegram: "Telegram"
        case .tiktok: "TikTok"
        case .facebook: "Facebook"
        case .youtube: "YouTube"
        case .website: "Website"
        case .offline: "Offline / word of mouth"
        }
    }
}

/// The content approach of a campaign, after the public-relations models BLK mixes (Grunig & Hunt):
/// factual infographics (public information), creative or trend-based content (press agentry),
/// and dialogue — polls, Q&A, Live (two-way).
public enum Approach: String, Codable, Sendable, CaseIterable {
    case informational
    case creative
    case dialogic
}
