import Testing
@testable import Outreach

struct ReplyCodeTests {
    @Test func roundTripsAcrossBlocks() throws {
        for id in [0, 1, 2, 31, 32, 1000, 32_767, 32_768, 40_000, 1_081_343, 1_081_344, 5_000_000] {
            let code = try #require(ReplyCode(id: id))
            #expect(ReplyCode(parsing: code.text)?.id == id, "id \(id) → \(code.text)")
        }
    }

    @Test func shapeAndAlphabet() throws {
        let code = try #require(ReplyCode(id: 42))
        #expect(code.text.hasPrefix("JJK-"))
        #expect(code.text.count == 8)  // JJK- + 3 payload + 1 check
        #expect(code.text.dropFirst(4).allSatisfy { ReplyCode.alphabet.contains($0) })
        #expect(ReplyCode(id: 40_000)?.text.count == 9)  // second block: 4 payload
    }

    @Test func neighboursLookUnrelatedAndDistinct() {
        let texts = (0..<2000).compactMap { ReplyCode(id: $0)?.text }
        #expect(Set(texts).count == 2000)
        #expect(texts[0].prefix(6) != texts[1].prefix(6) || texts[1].prefix(6) != texts[2].prefix(6))
    }

    @Test func everySingleTypoIsCaught() throws {
        let code = try #require(ReplyCode(id: 1234))
        let chars = Array(code.text)
        for position in 4..<chars.count {
            for replacement in ReplyCode.alphabet where replacement != chars[position] {
                var typo = chars
                typo[position] = replacement
                #expect(ReplyCode(parsing: String(typo)) == nil, "\(String(typo)) accepted")
            }
        }
    }

    @Test func adjacentSwapsAreCaught() throws {
        for id in [7, 1234, 20_000] {
            let chars = Array(try #require(ReplyCode(id: id)).text)
            for p in 4..<(chars.count - 1) where chars[p] != chars[p + 1] {
                var swapped = chars
                swapped.swapAt(p, p + 1)
                #expect(ReplyCode(parsing: String(swapped)) == nil)
            }
        }
    }

    @Test func lenientSpelling() throws {
        let code = try #require(ReplyCode(id: 77))
        let body = code.text.dropFirst(4)
        #expect(ReplyCode(parsing: "jjk " + body.lowercased())?.id == 77)
        #expect(ReplyCode(parsing: "JJK" + body)?.id == 77)
    }

    @Test func scanFindsCodeAnywhere() throws {
        let code = try #require(ReplyCode(id: 512))
        let (matches, rest) = ReplyCode.scan("Siap kak, kode saya \(code.text.lowercased()) ya. 1AA")
        #expect(matches == [.valid(code)])
        #expect(!rest.lowercased().contains("jjk"))
        #expect(rest.contains("1AA"))
    }

    @Test func scanReportsLookAlikesAndBadChecks() {
        #expect(ReplyCode.scan("JJK-0O1I").matches == [.invalid("JJK-0O1I")])
    }
}
