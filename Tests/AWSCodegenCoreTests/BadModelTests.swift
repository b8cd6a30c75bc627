import AWSCodegenCore
import Foundation
import Testing

/// Bad models that once crashed the generator or made Swift that does not compile, found by the table of bad
/// inputs (`BadInputTests` in AWSCodegenCLITests) and the model fuzz target (Fuzz/).
@Suite struct BadModelTests {
    static let operation = #"{"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"}}}"#

    /// A model whose operation's input has one member of shape `S`, beside `shapes` (JSON members, no braces).
    static func model(_ shapes: String) -> String {
        ModelErrorTests.model(
            shapes: #"{"In": {"type": "structure", "members": {"m": {"shape": "S"}}}, \#(shapes)}"#, operations: operation)
    }

    static func description(_ model: String) -> String? {
        ModelErrorTests.error(model: model)?.description
    }

    @Test func aListOfItselfIsAnErrorNotAStackOverflow() {
        #expect(Self.description(Self.model(#""S": {"type": "list", "member": {"shape": "S"}}"#))?
            .hasSuffix("error: shapes.S.member.shape: 'S' holds itself through lists and maps alone, which no type can") == true)
    }

    @Test func aMapThroughAListOfItselfIsAnError() {
        let model = Self.model(#""S": {"type": "map", "key": {"shape": "K"}, "value": {"shape": "L"}}, "K": {"type": "string"}, "L": {"type": "list", "member": {"shape": "S"}}"#)
        #expect(Self.description(model)?.contains("error: shapes.L.member.shape: 'L' holds itself") == true)
    }

    @Test func aListOfAStructureOfItselfIsFine() {
        let model = Self.model(#""S": {"type": "list", "member": {"shape": "T"}}, "T": {"type": "structure", "members": {"s": {"shape": "S"}}}"#)
        #expect(Self.description(model) == nil)
    }

    @Test(arguments: ["1e999", "-1e999", "99999999999999999999999999"])
    func lengthsBeyondSwiftLiteralsAreErrors(_ number: String) {
        #expect(Self.description(Self.model(#""S": {"type": "string", "max": \#(number)}"#))?
            .hasSuffix("error: shapes.S.max: expected a finite number below 2^64 in magnitude") == true)
    }

    @Test func int64MaxIsStillALength() {
        #expect(Self.description(Self.model(#""S": {"type": "long", "max": 9223372036854775807}"#)) == nil)
    }

    @Test func aDuplicateKeyIsAnErrorAtTheSecondOne() throws {
        let model = Self.model(#""S": {"type": "string"}, "S": {"type": "integer"}"#)
        let description = Self.description(model)
        #expect(description?.hasSuffix("error: shapes.S: the key appears twice in one object") == true)
        let line = model.split(separator: "\n")[3]
        let second = try #require(line.range(of: #""S": {"type": "integer"}"#))
        #expect(description?.hasPrefix("m/service-2.json:4:\(line.distance(from: line.startIndex, to: second.lowerBound) + 1): ") == true)
    }

    /// The quick duplicate check counts members in the text, skipping strings: colons, escaped quotes and escaped
    /// backslashes just before a closing quote must neither end a string early nor late.
    @Test func colonsAndEscapesInsideStringsAreNotMembers() {
        let strings = #""documentation": "a: \"b:\" c\\", "pattern": "^\\\\\":$""#
        #expect(Self.description(Self.model(#""S": {"type": "string", \#(strings)}"#)) == nil)
        let duplicate = Self.model(#""S": {"type": "string", \#(strings), "type": "integer"}"#)
        #expect(Self.description(duplicate)?.hasSuffix("error: shapes.S.type: the key appears twice in one object") == true)
    }

    @Test func keysThatUnescapeToTheSameAreDuplicates() {
        #expect(Self.description(#"{"metadata": {}, "\u006detadata": {}}"#)?.hasSuffix("error: metadata: the key appears twice in one object") == true)
        #expect(Self.description(#"{"a\u0000b": {}, "a\u0000c": {}}"#)?.hasSuffix("error: a: the key appears twice in one object") == true)
    }

    @Test func invalidUTF8IsAnError() {
        let bytes = Array(#"{"x": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(throws: GeneratorError.self) {
            _ = try Generator.generate(ModelInput(service: .init(name: "m/service-2.json", bytes: bytes)))
        }
    }

    @Test func messagesStayOnOneReadableLine() {
        let error = GeneratorError(file: "f", path: "shapes.A\nB", line: 1, column: 2, message: "unknown shape '\u{0}" + String(repeating: "x", count: 10_000) + "'")
        let text = error.description
        #expect(!text.contains("\n") && !text.contains("\u{0}"))
        #expect(text.hasPrefix(#"f:1:2: error: shapes.A\nB: unknown shape '\"#))
        #expect(text.contains(" characters)…"))
        #expect(text.count < 500)
    }
}
