/// A training programme and how its graduates fare: the true shares behind every generated reply.
struct Programme {
    var code: String
    var name: String
    var sector: String
    /// Shares of employee, self-employed, unemployed, studying, not in the labour force at the 3-month wave.
    var firstShares: [Double]

    static let all: [Programme] = [
        .init(code: "BAR", name: "Barista", sector: "Pariwisata", firstShares: [0.42, 0.18, 0.28, 0.06, 0.06]),
        .init(code: "OTO", name: "Otomotif", sector: "Otomotif", firstShares: [0.55, 0.12, 0.23, 0.05, 0.05]),
        .init(code: "TBG", name: "Tata Boga", sector: "Pariwisata", firstShares: [0.30, 0.32, 0.24, 0.04, 0.10]),
        .init(code: "MJH", name: "Menjahit", sector: "Garmen", firstShares: [0.38, 0.27, 0.20, 0.03, 0.12]),
        .init(code: "LAS", name: "Pengelasan", sector: "Manufaktur", firstShares: [0.61, 0.08, 0.24, 0.03, 0.04]),
        .init(code: "OPK", name: "Operator Komputer", sector: "TIK", firstShares: [0.45, 0.07, 0.30, 0.13, 0.05]),
        .init(code: "LIS", name: "Instalasi Listrik", sector: "Konstruksi", firstShares: [0.52, 0.14, 0.26, 0.04, 0.04]),
        .init(code: "DKV", name: "Desain Grafis", sector: "TIK", firstShares: [0.33, 0.22, 0.30, 0.10, 0.05]),
        .init(code: "HOT", name: "Tata Graha Hotel", sector: "Pariwisata", firstShares: [0.50, 0.05, 0.33, 0.05, 0.07]),
        .init(code: "PND", name: "Teknik Pendingin", sector: "Manufaktur", firstShares: [0.48, 0.20, 0.24, 0.03, 0.05]),
    ]
}
