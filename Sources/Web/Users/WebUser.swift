import Alumni

/// Someone who may use the server.
public struct WebUser: Sendable, Equatable, Encodable {
    public var id: Int64
    public var name: String
    public var role: Role
    public var hasPassword: Bool
    public var createdAt: LocalDateTime
    public var revokedAt: LocalDateTime?

    enum CodingKeys: String, CodingKey {
        case id, name, role
        case hasPassword = "has_password", createdAt = "created_at", revokedAt = "revoked_at"
    }
}
