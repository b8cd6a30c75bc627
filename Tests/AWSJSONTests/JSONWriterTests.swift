import Testing

@testable import AWSJSON

@Suite struct JSONWriterTests {
    @Test func writesCompactWithSortedKeys() {
        let value = JSONValue.object([
            "b": .array([.int(1), .null, .bool(true), .bool(false)]),
            "a": .object(["z": .string("x"), "Z": .int(-7)]),
            "é": .int(0),
            "e": .object([:]),
        ])
        #expect(value.serializedString() == #"{"a":{"Z":-7,"z":"x"},"b":[1,null,true,false],"e":{},"é":0}"#)
        #expect(value.serialized() == Array(value.serializedString().utf8))
    }

    @Test func appendsToAnExistingBuffer() {
        var output = Array("x=".utf8)
        JSONValue.array([.int(1)]).write(to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "x=[1]")
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("q\"b\\s/", #""q\"b\\s/""#),
        ("\u{08}\u{09}\u{0A}\u{0C}\u{0D}", #""\b\t\n\f\r""#),
        ("\u{0}\u{1F}\u{7F}", "\"\\u0000\\u001f\u{7F}\""),
        ("é中😀", "\"é中😀\""),
        ("", #""""#),
    ])
    func escapesStrings(string: String, expected: String) {
        #expect(JSONValue.string(string).serializedString() == expected)
    }

    @Test(arguments: [
        (JSONValue.int(0), "0"),
        (.int(-42), "-42"),
        (.int(Int64.max), "9223372036854775807"),
        (.int(Int64.min), "-9223372036854775808"),
        (.double(1), "1.0"),
        (.double(1.5), "1.5"),
        (.double(-0.0), "-0.0"),
        (.double(0.1), "0.1"),
        (.double(1e300), "1e+300"),
        (.double(.leastNonzeroMagnitude), "5e-324"),
        (.double(.nan), "null"),
        (.double(.infinity), "null"),
        (.double(-.infinity), "null"),
    ])
    func writesNumbers(value: JSONValue, expected: String) {
        #expect(value.serializedString() == expected)
    }

    @Test func roundTrips() throws {
        let value = JSONValue.object([
            "strings": .array([.string("a\"\\/\u{0}\u{1F}\n"), .string("😀 中 é"), .string("")]),
            "numbers": .array([
                .int(Int64.min), .int(Int64.max), .double(0.1), .double(1), .double(-2.5e-8),
                .double(1.7976931348623157e308),
            ]),
            "nested": .object(["a": .array([.object(["b": .null])]), "t": .bool(true)]),
        ])
        let text = value.serialized()
        #expect(try JSONValue.parse(text) == value)
        #expect(try JSONValue.parse(text).serialized() == text)
    }

    @Test func reserializesParsedDocumentsCanonically() throws {
        let text = #" { "b" : [ 1 , 2.50 , "\u0041\/" ] , "a" : { } } "#
        #expect(try JSONValue.parse(text).serializedString() == #"{"a":{},"b":[1,2.5,"A/"]}"#)
    }
}
