import Synthetic

/// The demo draws from the first names of the shared lists (the benchmark uses them all): generated people, never real ones.
enum DemoNames {
    static let male = Array(SyntheticNames.male.prefix(28))
    static let female = Array(SyntheticNames.female.prefix(28))
    static let family = Array(SyntheticNames.family.prefix(24))
}
