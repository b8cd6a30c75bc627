import AWSJSON
import Testing

@testable import AWSEndpointRules

@Suite struct AttributePathTests {
    private let value = JSONValue.object([
        "supportsFIPS": .bool(true),
        "a": .object(["b": .array([.string("first"), .object(["c": .string("deep")])])]),
        "list": .array([.array([.int(7)])]),
    ])

    @Test func parsesPaths() {
        #expect(AttributePath("supportsFIPS")?.components == [.key("supportsFIPS")])
        #expect(AttributePath("a.b[0]")?.components == [.key("a"), .key("b"), .index(0)])
        #expect(AttributePath("list[0][0]")?.components == [.key("list"), .index(0), .index(0)])
        #expect(AttributePath("[2]")?.components == [.index(2)])
    }

    @Test(arguments: ["", "a..b", "a.", "a[", "a[x]", "a[-1]", "a[0]b", "a.[0]"])
    func rejectsInvalidPaths(path: String) {
        #expect(AttributePath(path) == nil)
    }

    @Test func readsValues() throws {
        #expect(try #require(AttributePath("supportsFIPS")).value(in: value) == .bool(true))
        #expect(try #require(AttributePath("a.b[0]")).value(in: value) == .string("first"))
        #expect(try #require(AttributePath("a.b[1].c")).value(in: value) == .string("deep"))
        #expect(try #require(AttributePath("list[0][0]")).value(in: value) == .int(7))
        #expect(try #require(AttributePath("[0]")).value(in: .array([.string("x")])) == .string("x"))
    }

    @Test func missingStepsGiveNil() throws {
        #expect(try #require(AttributePath("missing")).value(in: value) == nil)
        #expect(try #require(AttributePath("a.b[5]")).value(in: value) == nil)
        #expect(try #require(AttributePath("supportsFIPS.x")).value(in: value) == nil)
        #expect(try #require(AttributePath("a[0]")).value(in: value) == nil)
    }
}
