/// Published open unemployment rates (TPT) set beside the graduates' figure — always with the warning
/// that they describe different populations (all working-age residents, not recent trainees).
public enum ReferenceRates {
    public struct Rate: Sendable {
        public var value: Double
        public var label: (id: String, en: String)
        public var source: String
    }

    public static let kotaTangerang2024 = Rate(
        value: 0.0592, label: ("TPT Kota Tangerang 2024", "Kota Tangerang open unemployment 2024"), source: "Pemkot Tangerang")
    public static let nationalAugust2025 = Rate(
        value: 0.0485, label: ("TPT nasional Agustus 2025", "National open unemployment, August 2025"), source: "BPS")
}
