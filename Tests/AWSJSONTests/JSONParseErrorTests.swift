import Testing
import TestSupport

@testable import AWSJSON

@Suite struct JSONParseErrorTests {
    private func parseError(_ text: String) -> JSONParseError? {
        do {
            _ = try JSONValue.parse(text)
            return nil
        } catch {
            return error
        }
    }

    private func parseError(_ bytes: [UInt8]) -> JSONParseError? {
        do {
            _ = try JSONValue.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func reportsLineAndColumn() throws {
        let error = try #require(parseError("{\n  \"a\": 1,\n  \"b\": 2 \"c\"\n}"))
        #expect(error.description == "line 3, column 10: expected ',' or '}'")
        #expect(error.offset == 21)
        #expect(error.line == 3)
        #expect(error.column == 10)
    }

    @Test func countsColumnsInScalars() throws {
        let error = try #require(parseError("[\"é中\" x]"))
        #expect(error.description == "line 1, column 7: expected ',' or ']'")
        #expect(error.offset == 9)
    }

    @Test(arguments: [
        ("", "line 1, column 1: unexpected end of input, expected a value"),
        ("[1,]", "line 1, column 4: unexpected ']', expected a value"),
        ("{\"a\":1,}", "line 1, column 8: expected a string key"),
        ("{\"a\" 1}", "line 1, column 6: expected ':' after an object key"),
        ("{\"a\":1", "line 1, column 7: unexpected end of input, expected ',' or '}'"),
        ("[1 2]", "line 1, column 4: expected ',' or ']'"),
        ("01", "line 1, column 2: leading zeros are not allowed"),
        ("-", "line 1, column 2: unexpected end of input, expected a digit"),
        ("1.", "line 1, column 3: unexpected end of input, expected a digit after '.'"),
        ("1e+", "line 1, column 4: unexpected end of input, expected a digit after the exponent"),
        ("tru", "line 1, column 1: expected 'true'"),
        ("nul!", "line 1, column 1: expected 'null'"),
        ("\"abc", "line 1, column 5: unterminated string"),
        ("\"a\tb\"", "line 1, column 3: unescaped control character byte 0x9 in a string"),
        (#""\x""#, "line 1, column 3: invalid escape 'x'"),
        (#""\u12G4""#, "line 1, column 6: expected a hex digit in a \\u escape"),
        (#""\ud800""#, "line 1, column 2: unpaired surrogate escape"),
        (#""\ud800\u0041""#, "line 1, column 2: unpaired surrogate escape"),
        (#""\udc00""#, "line 1, column 2: unpaired surrogate escape"),
        ("{} {}", "line 1, column 4: unexpected data after the JSON value"),
        ("/* c */ 1", "line 1, column 1: unexpected '/', expected a value"),
    ])
    func describesErrors(text: String, description: String) throws {
        let error = try #require(parseError(text))
        #expect(error.description == description)
    }

    @Test(
        arguments: [
            [0x22, 0xFF, 0x22],
            [0x22, 0xC3, 0x22],
            [0x22, 0xC0, 0xAF, 0x22],
            [0x22, 0xED, 0xA0, 0x80, 0x22],
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],
            [0x22, 0xE2, 0x82],
        ] as [[UInt8]])
    func rejectsInvalidUTF8(bytes: [UInt8]) throws {
        let error = try #require(parseError(bytes))
        #expect(error.message == "invalid UTF-8 in a string")
        #expect(error.offset == 1)
    }

    @Test func rejectsNestingBeyondTheLimit() throws {
        let depth = JSONValue.maximumNestingDepth + 1
        let error = try #require(parseError(String(repeating: "[", count: depth)))
        #expect(error.message == "nesting deeper than 512 levels")
        #expect(error.offset == depth - 1)
    }

    /// Whether `value` holds a non-finite number anywhere.
    private static func hasInfinity(_ value: JSONValue) -> Bool {
        switch value {
        case .double(let number): !number.isFinite
        case .array(let elements): elements.contains(where: hasInfinity)
        case .object(let members): members.values.contains(where: hasInfinity)
        default: false
        }
    }

    @Test func survivesTruncationsAndCorruptions() {
        let document = Array(
            #"""
            {"name": "caf\u00e9 \ud83d\ude00 ☕", "list": [1, -2.5e3, true, null, {"deep": [[]]}],
             "n": -0.001, "big": 123456789012345678901234567890}
            """#.utf8)
        #expect((try? JSONValue.parse(document)) != nil)
        for length in 0..<document.count {
            #expect(parseError(Array(document[..<length])) != nil)
        }
        // JSON_FUZZ_SEED=<seed> replays a failing run.
        var generator = SeededGenerator(environment: "JSON_FUZZ_SEED", default: 0x5EED_0001)
        let alphabet = Array(#"{}[],:"\u0 e.-1"#.utf8) + [0x00, 0x80, 0xC3, 0xFF]
        var parsed = 0
        var rejected = 0
        for iteration in 0..<2_000 {
            var mutated = document
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let replacement = alphabet.randomElement(using: &generator)!
                mutated[Int.random(in: 0..<mutated.count, using: &generator)] = replacement
            }
            let replay: Comment = "seed \(generator.seed), mutation \(iteration): \(String(decoding: mutated, as: UTF8.self))"
            // Either it parses, and then its serialization parses back to the same value (a number beyond
            // Double's range parses as an infinity, which is written as null), or it throws a JSONParseError
            // that points inside the input.
            do {
                let value = try JSONValue.parse(mutated)
                parsed += 1
                let reparsed = try JSONValue.parse(value.serialized())
                #expect(Self.hasInfinity(value) || reparsed == value, replay)
            } catch {
                rejected += 1
                #expect((0...mutated.count).contains(error.offset) && error.line >= 1 && error.column >= 1, replay)
                #expect(!error.message.isEmpty, replay)
            }
        }
        // The mutations exercise both outcomes.
        #expect(parsed > 0 && rejected > 0, "seed \(generator.seed): \(parsed) parsed, \(rejected) rejected")
    }
}
