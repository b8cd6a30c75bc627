import Testing

@testable import AWSJSON

@Suite struct JSONValueAccessorTests {
    private let value = JSONValue.object([
        "s": .string("x"), "b": .bool(true), "i": .int(3), "d": .double(1.5), "n": .null,
        "a": .array([.int(1), .int(2)]),
    ])

    @Test func readsMembersAndElements() {
        #expect(value["s"]?.stringValue == "x")
        #expect(value["b"]?.boolValue == true)
        #expect(value["i"]?.intValue == 3)
        #expect(value["i"]?.doubleValue == 3)
        #expect(value["d"]?.doubleValue == 1.5)
        #expect(value["n"]?.isNull == true)
        #expect(value["a"]?[1] == .int(2))
        #expect(value["a"]?.arrayValue?.count == 2)
        #expect(value.objectValue?.count == 6)
    }

    @Test func mismatchesGiveNil() {
        #expect(value["missing"] == nil)
        #expect(value["a"]?[2] == nil)
        #expect(value["a"]?[-1] == nil)
        #expect(value[0] == nil)
        #expect(value["s"]?["k"] == nil)
        #expect(value["s"]?.intValue == nil)
        #expect(value["d"]?.intValue == nil)
        #expect(value["i"]?.stringValue == nil)
    }
}
