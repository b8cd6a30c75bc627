import Testing

@testable import AWSEndpointRules

@Suite struct StringTemplateTests {
    private let slots = ["Region": 0, "Result": 1]

    private func parts(_ text: String) throws -> [StringTemplate.Part] {
        try StringTemplate(text) { slots[$0] }.parts
    }

    @Test func splitsLiteralsAndPlaceholders() throws {
        #expect(
            try parts("https://{Region}.{Result#dns.suffix[0]}/x")
                == [
                    .literal("https://"), .reference(0), .literal("."),
                    .attribute(1, try #require(AttributePath("dns.suffix[0]"))), .literal("/x"),
                ])
    }

    @Test func unescapesBraces() throws {
        #expect(try parts("{{a}}{Region}}}") == [.literal("{a}"), .reference(0), .literal("}")])
        #expect(try parts("lone } brace") == [.literal("lone } brace")])
        #expect(try StringTemplate("{{plain}}") { slots[$0] }.plainText == "{plain}")
        #expect(try StringTemplate("") { slots[$0] }.plainText == "")
        #expect(try StringTemplate("{Region}") { slots[$0] }.plainText == nil)
    }

    @Test func rejectsBadPlaceholders() {
        #expect(throws: StringTemplate.ParseError.self) { try parts("{Region") }
        #expect(throws: StringTemplate.ParseError.self) { try parts("{}") }
        #expect(throws: StringTemplate.ParseError.self) { try parts("{Other}") }
        #expect(throws: StringTemplate.ParseError.self) { try parts("{Result#a..b}") }
    }
}
