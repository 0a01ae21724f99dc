import Outreach

/// Placeholder until the impact issue lands.
public enum ImpactSchema {}
