/// How a registration was tied to a campaign, best evidence first. Counts made by different methods
/// are labelled, never added into one credit.
public enum AttributionMethod: String, Codable, Sendable, CaseIterable {
    /// The campaign code in the registration row (from the registration link): exact.
    case code
    /// The channel the person named (`sumber_info`), and that channel's campaign for their class that was
    /// live in the window before they registered (the latest one: last touch).
    case window
    /// Neither: no code, an unknown wording, or no campaign live on that channel.
    case none
}
