import Testing

@testable import AWSJSON

@Suite struct JSONParserTests {
    @Test func parsesNestedDocument() throws {
        let text = #" { "a" : [1, -2.5, true, false, null, "x"], "b": {}, "c": [] } "#
        #expect(
            try JSONValue.parse(text)
                == .object([
                    "a": .array([.int(1), .double(-2.5), .bool(true), .bool(false), .null, .string("x")]),
                    "b": .object([:]),
                    "c": .array([]),
                ]))
    }

    @Test func parsesScalarsAtTopLevel() throws {
        #expect(try JSONValue.parse("42") == .int(42))
        #expect(try JSONValue.parse("\"s\"") == .string("s"))
        #expect(try JSONValue.parse(" null\n") == .null)
    }

    @Test func acceptsEveryInputKind() throws {
        let bytes = Array(#"{"k":1}"#.utf8)
        let expected = JSONValue.object(["k": .int(1)])
        #expect(try JSONValue.parse(bytes) == expected)
        #expect(try JSONValue.parse(bytes[...]) == expected)
        #expect(try bytes.withUnsafeBytes { raw throws(JSONParseError) in try JSONValue.parse(raw) } == expected)
        #expect(try JSONValue.parse(AnyCollection(bytes)) == expected)
    }

    @Test func lastDuplicateKeyWins() throws {
        #expect(try JSONValue.parse(#"{"a":1,"a":2}"#) == .object(["a": .int(2)]))
    }

    @Test(arguments: [
        ("0", JSONValue.int(0)),
        ("-0", .int(0)),
        ("9223372036854775807", .int(Int64.max)),
        ("-9223372036854775808", .int(Int64.min)),
        ("9223372036854775808", .double(0x1p63)),
        ("-9223372036854775809", .double(-0x1p63)),
        ("123456789012345678901234567890", .double(1.2345678901234568e29)),
        ("1.0", .double(1)),
        ("1e2", .double(100)),
        ("1E-2", .double(0.01)),
        ("-1.5e+3", .double(-1500)),
        ("0.1", .double(0.1)),
        ("1e400", .double(.infinity)),
    ])
    func parsesNumbers(text: String, expected: JSONValue) throws {
        #expect(try JSONValue.parse(text) == expected)
    }

    @Test(arguments: [
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
        (#""\u0041\u00e9\u4E2D""#, "Aé中"),
        (#""\ud83d\ude00""#, "😀"),
        (#""x\u0000y""#, "x\u{0}y"),
        ("\"héllo 中文 😀\"", "héllo 中文 😀"),
        (#""prefix é \n suffix""#, "prefix é \n suffix"),
    ])
    func parsesStrings(text: String, expected: String) throws {
        #expect(try JSONValue.parse(text) == .string(expected))
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = JSONValue.maximumNestingDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try JSONValue.parse(text)
        var levels = 0
        while case .array(let elements) = value {
            levels += 1
            value = elements.first ?? .null
        }
        #expect(levels == depth)
    }
}
