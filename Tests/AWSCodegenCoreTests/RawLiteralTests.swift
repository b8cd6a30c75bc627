@testable import AWSCodegenCore
import Testing
import TestSupport

/// `SwiftLiteral.raw` measures ASCII text on bytes; the delimiter must be the one the `Character` search finds.
@Suite struct RawLiteralTests {
    @Test(arguments: [
        ("", "#"), ("a", "#"), ("\"#", "##"), ("\\#", "##"), ("\"##x\\###", "####"), ("###", "#"), ("\"a#", "#"),
        ("#\"", "#"),
    ])
    func delimiter(_ text: String, _ expected: String) {
        #expect(SwiftLiteral.asciiRawDelimiter(text) == expected)
        #expect(SwiftLiteral.rawDelimiter(text) == expected)
    }

    @Test(arguments: ["é\"#", "a\nb", "a\rb", "a\r\nb"])
    func otherTextIsLeftToTheCharacterSearch(_ text: String) {
        #expect(SwiftLiteral.asciiRawDelimiter(text) == nil)
    }

    /// Random ASCII made of the bytes that matter agrees with the `Character` search.
    @Test func randomASCIIAgreesWithTheCharacterSearch() {
        var random = SeededGenerator(environment: "RAW_LITERAL_SEED", default: 0x5A11_7E4A)
        let pieces = ["#", "##", "\"", "\\", "a", " ", "{", "}"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0..<20, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(SwiftLiteral.asciiRawDelimiter(text) == SwiftLiteral.rawDelimiter(text), "seed \(random.seed): \(text.debugDescription)")
        }
    }
}
