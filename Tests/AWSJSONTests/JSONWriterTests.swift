import Foundation
import Testing
import TestSupport

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

/// `JSONWriter.firstEscape(in:)` tests eight bytes at a time; it must find the same byte as a plain scan, wherever
/// the byte lies in the word and whatever surrounds it (replay a failure with `JSON_ESCAPE_SEED=<seed>`).
@Suite struct JSONEscapeScanTests {
    @Test func findsTheFirstByteToEscapeLikeAPlainScan() {
        var random = SeededGenerator(environment: "JSON_ESCAPE_SEED", default: 0xE5CA_9E)
        // Bytes next to the ones escaped (0x1F/0x20, 0x21/0x22/0x23, 0x5B/0x5C/0x5D), high bytes that borrow, and zero.
        let interesting: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...40, using: &random)
            let bytes: [UInt8] = (0..<length).map { _ in
                Int.random(in: 0..<4, using: &random) == 0
                    ? interesting.randomElement(using: &random)! : UInt8.random(in: 0x20...0x7E, using: &random)
            }
            let expected = bytes.firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
            bytes.withUnsafeBufferPointer { buffer in
                #expect(JSONWriter.firstEscape(in: buffer) == expected, "\(bytes), seed \(random.seed)")
            }
        }
    }

    @Test func stringsLongerThanAWordAreEscapedWhereverTheByteIs() {
        for position in 0..<20 {
            var text = Array(repeating: "a", count: 20)
            text[position] = "\""
            let expected = "\"" + text.joined().replacingOccurrences(of: "\"", with: "\\\"") + "\""
            #expect(JSONValue.string(text.joined()).serializedString() == expected)
        }
    }
}
