import Alumni
import ArgumentParser

/// Dates on the command line: `2025-03-14` or `14/03/2025`.
extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension CivilDate {
    /// Noon on that day, for events recorded with a date only.
    var noon: LocalDateTime { LocalDateTime(date: self, hour: 12) }
}
