/// The centre's own rules for who may take a seat; stored in the database so every import applies the same ones.
public struct EnrollmentPolicy: Sendable, Equatable {
    /// Address kecamatan accepted (default: Kota Tangerang's 13).
    public var domicile: DomicileRule
    /// One seat per person per budget year across all classes (default on).
    public var oneSeatPerYear: Bool

    public init(domicile: DomicileRule = .kotaTangerang, oneSeatPerYear: Bool = true) {
        self.domicile = domicile
        self.oneSeatPerYear = oneSeatPerYear
    }
}
