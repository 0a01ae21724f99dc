/// What a user of the server may see and do.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// BLK staff: reads and writes, sees people (the review queue), can lift suppression.
    case staff
    /// Disnaker officials: aggregates only, suppressed as in the report; never a NIK, phone, handle, name or message.
    case official
}
