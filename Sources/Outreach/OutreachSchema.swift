import Alumni

/// Placeholder until the outreach issue lands.
public enum OutreachSchema {}
