import Testing
@testable import Impact

struct SuppressionTests {
    @Test func thresholdIsInclusive() throws {
        // 4 < 5 → hidden; 5 is not < 5 → published. Totals off, so no complementary step.
        let s = try Suppression(groups: [
            SuppressionGroup("barista", graduates: 4, respondents: 4),
            SuppressionGroup("otomotif", graduates: 5, respondents: 5),
        ], totalsPublished: false)
        #expect(s.reasons == [GroupKey("barista"): .tooFewGraduates])
    }

    @Test func fewRespondentsIsPrimary() throws {
        let s = try Suppression(groups: [SuppressionGroup("tata boga", graduates: 20, respondents: 4)], totalsPublished: false)
        #expect(s.reasons[GroupKey("tata boga")] == .tooFewRespondents)
    }

    @Test func oneWayComplementary() throws {
        // barista is hidden (4 graduates); with a total published, total − others = barista,
        // so the smallest other cell (las, 6 respondents) is hidden as well.
        let s = try Suppression(groups: [
            SuppressionGroup("barista", graduates: 4, respondents: 3),
            SuppressionGroup("otomotif", graduates: 30, respondents: 20),
            SuppressionGroup("las", graduates: 10, respondents: 6),
            SuppressionGroup("tata boga", graduates: 25, respondents: 12),
        ])
        #expect(s.suppressedKeys == [GroupKey("barista"), GroupKey("las")])
        #expect(s.reasons[GroupKey("las")] == .complementary(protecting: GroupKey("barista"), line: .table))
        #expect(s.totalsToSuppress.isEmpty)
    }

    @Test func twoPrimaryCellsNeedNoComplement() throws {
        let s = try Suppression(groups: [
            SuppressionGroup("a", graduates: 3, respondents: 3),
            SuppressionGroup("b", graduates: 2, respondents: 1),
            SuppressionGroup("c", graduates: 30, respondents: 20),
        ])
        #expect(s.suppressedKeys == [GroupKey("a"), GroupKey("b")])
        #expect(s.reasons.values.allSatisfy { $0.isPrimary })
    }

    @Test func loneCellHidesTheTotal() throws {
        let s = try Suppression(groups: [SuppressionGroup("a", graduates: 3, respondents: 3)])
        #expect(s.totalsToSuppress == [.table])
    }

    @Test func twoWayComplementaryCascade() throws {
        // Rows = programme, columns = year.
        //            2024        2025
        // barista    G3 R3 (P)   G20 R12
        // otomotif   G30 R20     G25 R15
        // Row barista: only (barista,2024) hidden → hide (barista,2025), the only other cell.
        // Column 2024: only (barista,2024) hidden → hide (otomotif,2024).
        // Then column 2025 has (barista,2025) alone hidden → hide (otomotif,2025);
        // row otomotif now has both hidden → stable.
        let s = try Suppression(groups: [
            SuppressionGroup(row: "barista", column: "2024", graduates: 3, respondents: 3),
            SuppressionGroup(row: "barista", column: "2025", graduates: 20, respondents: 12),
            SuppressionGroup(row: "otomotif", column: "2024", graduates: 30, respondents: 20),
            SuppressionGroup(row: "otomotif", column: "2025", graduates: 25, respondents: 15),
        ])
        #expect(s.reasons[GroupKey("barista", "2024")] == .tooFewGraduates)
        #expect(s.reasons[GroupKey("barista", "2025")] == .complementary(protecting: GroupKey("barista", "2024"), line: .row("barista")))
        #expect(s.reasons[GroupKey("otomotif", "2024")] == .complementary(protecting: GroupKey("barista", "2024"), line: .column("2024")))
        #expect(s.reasons[GroupKey("otomotif", "2025")] == .complementary(protecting: GroupKey("barista", "2025"), line: .column("2025")))
    }

    @Test func twoWayPicksSmallestInLine() throws {
        //          2024       2025      2026
        // a        G2 R2 (P)  G9 R9     G40 R30
        // b        G2 R2 (P)  G50 R40   G60 R45
        // Column 2024 has two hidden cells: fine. Row a: one hidden → smallest open is (a,2025) R9.
        // Row b: one hidden → smallest open is (b,2025) R40. Columns 2025 (2 hidden), 2026 (0): stable.
        let s = try Suppression(groups: [
            SuppressionGroup(row: "a", column: "2024", graduates: 2, respondents: 2),
            SuppressionGroup(row: "a", column: "2025", graduates: 9, respondents: 9),
            SuppressionGroup(row: "a", column: "2026", graduates: 40, respondents: 30),
            SuppressionGroup(row: "b", column: "2024", graduates: 2, respondents: 2),
            SuppressionGroup(row: "b", column: "2025", graduates: 50, respondents: 40),
            SuppressionGroup(row: "b", column: "2026", graduates: 60, respondents: 45),
        ])
        #expect(s.suppressedKeys == [GroupKey("a", "2024"), GroupKey("a", "2025"), GroupKey("b", "2024"), GroupKey("b", "2025")])
    }

    @Test func badTablesThrow() {
        #expect(throws: SuppressionError.mixedKeys) {
            try Suppression(groups: [SuppressionGroup("a", graduates: 9, respondents: 9),
                                     SuppressionGroup(row: "b", column: "x", graduates: 9, respondents: 9)])
        }
        #expect(throws: SuppressionError.duplicateKey(GroupKey("a"))) {
            try Suppression(groups: [SuppressionGroup("a", graduates: 9, respondents: 9),
                                     SuppressionGroup("a", graduates: 8, respondents: 8)])
        }
        #expect(throws: SuppressionError.invalidThreshold(0)) { try Suppression(groups: [], threshold: 0) }
    }
}
