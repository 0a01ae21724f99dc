import Testing
@testable import Outreach

@Suite struct MojibakeRepairTests {
    @Test(arguments: [
        ("kerja \u{F0}\u{9F}\u{99}\u{8F}", "kerja 🙏"),
        ("it\u{E2}\u{80}\u{99}s", "it’s"),
        ("Siti Rahmawati \u{F0}\u{9F}\u{8C}\u{B8} (contoh)", "Siti Rahmawati 🌸 (contoh)"),
        ("\u{E2}\u{9D}\u{A4}", "❤"),
    ])
    func repairsUTF8BytesWrittenAsLatin1(broken: String, repaired: String) {
        #expect(MojibakeRepair.repair(broken) == repaired)
    }

    @Test(arguments: [
        "plain ASCII",
        "already fine 🙏",      // a scalar above U+00FF: not mojibake
        "Café",                 // U+00E9 alone is not valid UTF-8: keep it
        "",
    ])
    func leavesCorrectStringsAlone(text: String) {
        #expect(MojibakeRepair.repair(text) == text)
    }

    @Test func optionalPassesNilThrough() {
        #expect(MojibakeRepair.repair(nil as String?) == nil)
    }
}
