import AWSEndpointRules
import Foundation
import Testing
import TestSupport

@testable import AWSRuntime

/// The byte-level helpers of the request path, each held to the plain implementation it replaced on seeded random
/// text (replay a failure with `BYTE_HELPERS_SEED=<seed>`).
@Suite struct ByteLevelHelpersTests {
    /// Random text mixing ASCII (with the characters that percent-encoding and ordering care about), two-, three- and
    /// four-byte characters, and prefixes of each other.
    private static func randomStrings(_ count: Int, _ random: inout SeededGenerator) -> [String] {
        let alphabet: [Character] = Array("aAzZ09-_.~/:+= %\"\\\u{7F}éß中😀") + ["\u{0}", "\u{1F}", "\n"]
        var strings: [String] = []
        for _ in 0..<count {
            if let previous = strings.last, Bool.random(using: &random) {
                // A prefix or an extension of the last one, where byte orders differ only in length.
                let cut = Int.random(in: 0...previous.count, using: &random)
                strings.append(Bool.random(using: &random) ? String(previous.prefix(cut)) : previous + "a")
                continue
            }
            let length = Int.random(in: 0...24, using: &random)
            strings.append(String((0..<length).map { _ in alphabet.randomElement(using: &random)! }))
        }
        return strings
    }

    @Test func utf8PrecedesIsByteOrder() {
        var random = SeededGenerator(environment: "BYTE_HELPERS_SEED", default: 0xB17E_0DE5)
        let strings = Self.randomStrings(400, &random)
        let pairs = Array(zip(strings, strings.shuffled(using: &random))) + Array(zip(strings, strings.dropFirst()))
        for (a, b) in pairs {
            #expect(a.utf8Precedes(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) < \(b.debugDescription), seed \(random.seed)")
        }
        #expect(!"abc".utf8Precedes("abc") && "ab".utf8Precedes("abc") && !"abc".utf8Precedes("ab"))
        #expect("Z".utf8Precedes("a") && "é".utf8Precedes("中") && !"".utf8Precedes(""))
    }

    @Test func percentEncodingMatchesByteByByteEncoding() {
        var random = SeededGenerator(environment: "BYTE_HELPERS_SEED", default: 0x9E2C_E171)
        for string in Self.randomStrings(400, &random) {
            for keepSlash in [false, true] {
                #expect(PercentEncoding.encode(string, keepSlash: keepSlash) == Self.referencePercentEncoding(string, keepSlash: keepSlash),
                        "\(string.debugDescription), seed \(random.seed)")
            }
        }
        #expect(PercentEncoding.encode("arn:aws:docdb/x y") == "arn%3Aaws%3Adocdb%2Fx%20y")
        #expect(PercentEncoding.encode("a/b~c", keepSlash: true) == "a/b~c")
    }

    /// The pattern cache answers as the regular expression does, for values that share a result slot (more values
    /// than slots, each checked twice, against two patterns used in turn) and for values alike in all but length.
    @Test func patternCacheMatchesTheRegularExpression() throws {
        var random = SeededGenerator(environment: "BYTE_HELPERS_SEED", default: 0x9A77_E2A5)
        let cache = PatternCache()
        let patterns: [StaticString] = ["^[a-z0-9-]+$", "^(?!aws:)[a-zA-Z+-=._:/ ]*$"]
        let regexes = try patterns.map { try NSRegularExpression(pattern: $0.description) }
        let strings = Self.randomStrings(3 * PatternCache.slotCount, &random) + ["aws:x", "aws", "a-1", "a-1 ", ""]
        let slots = Set(strings.map { string in string.withUTF8Bytes { PatternCache.slot(of: $0) } })
        #expect(slots.count > PatternCache.slotCount / 2, "the slot hash spreads values, seed \(random.seed)")
        for _ in 0..<2 {
            for string in strings.shuffled(using: &random) {
                for (pattern, regex) in zip(patterns, regexes) {
                    let expected = regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
                    #expect(cache.matches(string, pattern) == expected,
                            "\(string.debugDescription) against \(pattern), seed \(random.seed)")
                }
            }
        }
        // A pattern that does not compile is not checked.
        #expect(cache.matches("anything", "(unclosed"))
    }

    @Test func hexMatchesFormattedBytes() {
        var random = SeededGenerator(environment: "BYTE_HELPERS_SEED", default: 0x4E8)
        for length in [0, 1, 31, 32, 33] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            #expect(Hex.string(bytes) == bytes.map { String(format: "%02x", $0) }.joined(), "seed \(random.seed)")
        }
        #expect(Hex.string([0x00, 0x09, 0x0A, 0xF0, 0xFF]) == "00090af0ff")
    }

    /// Percent-encoding as it was written before: every byte appended in turn.
    private static func referencePercentEncoding(_ string: String, keepSlash: Bool) -> String {
        var out: [UInt8] = []
        for byte in string.utf8 {
            if PercentEncoding.isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                out.append(byte)
            } else {
                out.append(contentsOf: "%".utf8)
                out.append(contentsOf: String(format: "%02X", byte).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
