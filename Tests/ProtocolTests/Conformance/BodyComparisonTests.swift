import AWSRuntime
import Testing

/// The harness's body comparison forgives only what the wire allows: map entries in any order, form fields in
/// any order. A list out of order, or a changed value, still fails.
@Suite struct BodyComparisonTests {
    static let shapes = (try? JSONValue.parse(Array("""
        {"Input": {"type": "structure", "members": {"Tags": {"shape": "TagMap"}, "Names": {"shape": "NameList"}}},
         "TagMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
         "NameList": {"type": "list", "member": {"shape": "String"}}, "String": {"type": "string"}}
        """.utf8)))?.objectValue ?? [:]
    static let maps = MapEntryOrder(shapes: shapes, input: "Input")

    static func xml(tags: [(String, String)], names: [String]) -> String {
        "<InputRequest><Tags>" + tags.map { "<entry><key>\($0.0)</key><value>\($0.1)</value></entry>" }.joined()
            + "</Tags><Names>" + names.map { "<member>\($0)</member>" }.joined() + "</Names></InputRequest>"
    }

    @Test func xmlMapEntriesMayComeInAnyOrderButListElementsMayNot() {
        let expected = Self.xml(tags: [("b", "2"), ("a", "1")], names: ["x", "y"])
        #expect(CaseRunner.bodiesMatch(Array(Self.xml(tags: [("a", "1"), ("b", "2")], names: ["x", "y"]).utf8), expected, maps: Self.maps))
        #expect(!CaseRunner.bodiesMatch(Array(Self.xml(tags: [("a", "1"), ("b", "2")], names: ["y", "x"]).utf8), expected, maps: Self.maps))
        #expect(!CaseRunner.bodiesMatch(Array(Self.xml(tags: [("a", "1"), ("b", "3")], names: ["x", "y"]).utf8), expected, maps: Self.maps))
    }

    @Test func formMapEntriesAreRenumberedByKeyButListIndexesKept() {
        let expected = "Action=Op&Version=1&Tags.entry.1.key=b&Tags.entry.1.value=2&Tags.entry.2.key=a&Tags.entry.2.value=1"
            + "&Names.member.1=x&Names.member.2=y"
        let sorted = "Action=Op&Version=1&Names.member.1=x&Names.member.2=y&Tags.entry.1.key=a&Tags.entry.1.value=1"
            + "&Tags.entry.2.key=b&Tags.entry.2.value=2"
        #expect(CaseRunner.bodiesMatch(Array(sorted.utf8), expected, maps: Self.maps))
        let swapped = "Action=Op&Version=1&Names.member.1=y&Names.member.2=x&Tags.entry.1.key=a&Tags.entry.1.value=1"
            + "&Tags.entry.2.key=b&Tags.entry.2.value=2"
        #expect(!CaseRunner.bodiesMatch(Array(swapped.utf8), expected, maps: Self.maps))
        let mismatched = "Action=Op&Version=1&Names.member.1=x&Names.member.2=y&Tags.entry.1.key=a&Tags.entry.1.value=2"
            + "&Tags.entry.2.key=b&Tags.entry.2.value=1"
        #expect(!CaseRunner.bodiesMatch(Array(mismatched.utf8), expected, maps: Self.maps))
    }
}
