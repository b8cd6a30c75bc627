@testable import AWSCodegenCore
import Testing
import TestSupport

/// `CodeLines` counts on UTF-8 bytes what the generator used to count on `Character`s; the file split it decides
/// must not move.
@Suite struct CodeLinesTests {
    /// The `Character`-level count `ModuleRenderer.balancedSplit` used before `CodeLines`, kept as the reference.
    private static func characterCount(_ text: String) -> Int {
        text.split(separator: "\n").count { line in
            let trimmed = line.drop { $0 == " " }
            return !trimmed.isEmpty && !trimmed.hasPrefix("//")
        }
    }

    @Test(arguments: [
        ("", 0), ("\n\n", 0), ("   \n", 0), ("// header\n/// doc\n    /// doc\n", 0), ("let a = 1\n", 1),
        ("struct A {\n    // c\n    let a: Int\n}\n", 3), ("a\r\n// b\n", 1), ("/\u{301}/ x\n", 1), ("//\u{301} x\n", 1),
        (" \u{301}\n", 1), ("no final line break", 1),
    ])
    func counts(_ text: String, _ expected: Int) {
        #expect(CodeLines.count(text) == expected)
        #expect(Self.characterCount(text) == expected)
    }

    /// Random text from the pieces that matter (line breaks, spaces, slashes, combining marks, `\r`) agrees with
    /// the `Character` count.
    @Test func randomTextCountsAsCharactersDo() {
        var random = SeededGenerator(environment: "CODE_LINES_SEED", default: 0xC0DE_11E5)
        let pieces = ["\n", "\r", "\r\n", " ", "  ", "/", "//", "///", "\u{301}", "\u{200D}", "\u{903}", "a", "é", "👩‍💻", "let x", "\t"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0..<24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(CodeLines.count(text) == Self.characterCount(text), "seed \(random.seed): \(text.debugDescription)")
        }
    }
}
