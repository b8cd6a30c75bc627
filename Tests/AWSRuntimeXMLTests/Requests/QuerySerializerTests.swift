@_spi(Generated) import AWSRuntime
@_spi(Generated) @testable import AWSRuntimeXML
import Foundation
import Testing

/// The query protocol's requests against botocore's `protocols/input/query.json` (cases by id) and
/// `legacy/input/query.json` (cases by description).
@Suite struct QuerySerializerTests {
    private let prefix = "Action=SimpleInputParams&Version=2020-01-08"

    @Test func postsAFormToTheBasePath() throws {
        // QueryHostWithPath
        let request = try RequestHarness.request(
            QuerySerializer(flavor: .query), AWSEmptyShape(), AWSOperation("HostWithPathOperation", method: "POST", requestURI: "/"),
            endpoint: "https://example.com/custom")
        #expect(request.method == "POST")
        #expect(request.path == "/custom/")
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(String(decoding: request.body, as: UTF8.self) == "Action=HostWithPathOperation&Version=2020-01-08")
    }

    @Test func writesScalars() throws {
        // QuerySimpleInputParamsStrings, …StringAndBooleanTrue, …StringsAndBooleanFalse, …Integer, …Float,
        // …Blob, QueryEnums, AwsQuerySupportsNaNFloatInputs, …InfinityFloatInputs, …NegativeInfinityFloatInputs
        let cases: [(SimpleInputParamsInput, String)] = [
            (SimpleInputParamsInput(foo: "val1", bar: "val2"), "&Foo=val1&Bar=val2"),
            (SimpleInputParamsInput(foo: "val1", baz: true), "&Foo=val1&Baz=true"),
            (SimpleInputParamsInput(baz: false), "&Baz=false"),
            (SimpleInputParamsInput(bam: 10), "&Bam=10"),
            (SimpleInputParamsInput(boo: 10.8), "&Boo=10.8"),
            (SimpleInputParamsInput(qux: Data("value".utf8)), "&Qux=dmFsdWU%3D"),
            (SimpleInputParamsInput(fooEnum: QueryFooEnum(rawValue: "Foo")), "&QueryFooEnum=Foo"),
            (SimpleInputParamsInput(floatValue: .nan, boo: .nan), "&FloatValue=NaN&Boo=NaN"),
            (SimpleInputParamsInput(floatValue: .infinity, boo: .infinity), "&FloatValue=Infinity&Boo=Infinity"),
            (SimpleInputParamsInput(floatValue: -.infinity, boo: -.infinity), "&FloatValue=-Infinity&Boo=-Infinity"),
        ]
        for (input, fields) in cases {
            #expect(try RequestHarness.queryBody(.query, input, "SimpleInputParams") == prefix + fields)
        }
    }

    @Test func formEncodesAsPythonsURLEncode() throws {
        // urllib.parse.urlencode({'Foo': "x y+z/é~*&=!'()"}), as botocore encodes the body.
        let body = try RequestHarness.queryBody(.query, SimpleInputParamsInput(foo: "x y+z/é~*&=!'()"), "SimpleInputParams")
        #expect(body == prefix + "&Foo=x+y%2Bz%2F%C3%A9~%2A%26%3D%21%27%28%29")
    }

    @Test func writesNestedStructures() throws {
        // NestedStructures
        let input = NestedStructuresInput(
            nested: StructArg(stringArg: "foo", otherArg: true, recursiveArg: StructArg(stringArg: "baz")))
        #expect(try RequestHarness.queryBody(.query, input, "NestedStructures")
            == "Action=NestedStructures&Version=2020-01-08&Nested.StringArg=foo&Nested.OtherArg=true&Nested.RecursiveArg.StringArg=baz")
    }

    @Test func writesLists() throws {
        let head = "Action=QueryLists&Version=2020-01-08"
        let cases: [(QueryListsInput, String)] = [
            // QueryLists
            (QueryListsInput(listArg: ["foo", "bar", "baz"], complexListArg: [QueryGreetingStruct(hi: "hello"), QueryGreetingStruct(hi: "hola")]),
             "&ListArg.member.1=foo&ListArg.member.2=bar&ListArg.member.3=baz&ComplexListArg.member.1.hi=hello&ComplexListArg.member.2.hi=hola"),
            // EmptyQueryLists
            (QueryListsInput(listArg: []), "&ListArg="),
            // FlattenedQueryLists
            (QueryListsInput(flattenedListArg: ["A", "B"]), "&FlattenedListArg.1=A&FlattenedListArg.2=B"),
            // QueryListArgWithXmlNameMember
            (QueryListsInput(listArgWithXmlNameMember: ["A", "B"]), "&ListArgWithXmlNameMember.item.1=A&ListArgWithXmlNameMember.item.2=B"),
            // legacy "Flattened list with locationName": a flattened list's element name replaces the member's.
            (QueryListsInput(namedListArg: ["a"]), "&Foo.1=a"),
            // QueryNestedStructWithList
            (QueryListsInput(nestedWithList: NestedStructWithList(listArg: ["A", "B"])),
             "&NestedWithList.ListArg.member.1=A&NestedWithList.ListArg.member.2=B"),
        ]
        for (input, fields) in cases {
            #expect(try RequestHarness.queryBody(.query, input, "QueryLists") == head + fields)
        }
    }

    @Test func writesMapsInKeyOrder() throws {
        let head = "Action=QueryMaps&Version=2020-01-08"
        let cases: [(QueryMapsInput, String)] = [
            // QuerySimpleQueryMaps
            (QueryMapsInput(mapArg: ["foo": "Foo", "bar": "Bar"]),
             "&MapArg.entry.1.key=bar&MapArg.entry.1.value=Bar&MapArg.entry.2.key=foo&MapArg.entry.2.value=Foo"),
            // QuerySimpleQueryMapsWithXmlName
            (QueryMapsInput(renamedMapArg: ["foo": "Foo"]), "&Foo.entry.1.key=foo&Foo.entry.1.value=Foo"),
            // QueryComplexQueryMaps
            (QueryMapsInput(complexMapArg: ["foo": QueryGreetingStruct(hi: "Foo"), "bar": QueryGreetingStruct(hi: "Bar")]),
             "&ComplexMapArg.entry.1.key=bar&ComplexMapArg.entry.1.value.hi=Bar&ComplexMapArg.entry.2.key=foo&ComplexMapArg.entry.2.value.hi=Foo"),
            // QueryEmptyQueryMaps
            (QueryMapsInput(mapArg: [:]), ""),
            // QueryQueryMapWithMemberXmlName
            (QueryMapsInput(mapWithXmlMemberName: ["foo": "Foo", "bar": "Bar"]),
             "&MapWithXmlMemberName.entry.1.K=bar&MapWithXmlMemberName.entry.1.V=Bar&MapWithXmlMemberName.entry.2.K=foo&MapWithXmlMemberName.entry.2.V=Foo"),
            // QueryFlattenedQueryMaps
            (QueryMapsInput(flattenedMap: ["foo": "Foo", "bar": "Bar"]),
             "&FlattenedMap.1.key=bar&FlattenedMap.1.value=Bar&FlattenedMap.2.key=foo&FlattenedMap.2.value=Foo"),
            // QueryFlattenedQueryMapsWithXmlName
            (QueryMapsInput(flattenedMapWithXmlName: ["foo": "Foo", "bar": "Bar"]), "&Hi.1.K=bar&Hi.1.V=Bar&Hi.2.K=foo&Hi.2.V=Foo"),
            // QueryQueryMapOfLists
            (QueryMapsInput(mapOfLists: ["foo": ["A", "B"], "bar": ["C", "D"]]),
             "&MapOfLists.entry.1.key=bar&MapOfLists.entry.1.value.member.1=C&MapOfLists.entry.1.value.member.2=D"
                + "&MapOfLists.entry.2.key=foo&MapOfLists.entry.2.value.member.1=A&MapOfLists.entry.2.value.member.2=B"),
            // QueryNestedStructWithMap
            (QueryMapsInput(nestedStructWithMap: NestedStructWithMap(mapArg: ["foo": "Foo", "bar": "Bar"])),
             "&NestedStructWithMap.MapArg.entry.1.key=bar&NestedStructWithMap.MapArg.entry.1.value=Bar"
                + "&NestedStructWithMap.MapArg.entry.2.key=foo&NestedStructWithMap.MapArg.entry.2.value=Foo"),
        ]
        for (input, fields) in cases {
            #expect(try RequestHarness.queryBody(.query, input, "QueryMaps") == head + fields)
        }
    }

    @Test func writesTimestampsInTheirFormats() throws {
        // QueryTimestampsInput
        let date = Date(timeIntervalSince1970: 1_422_172_800)
        let input = QueryTimestampsInput(normalFormat: date, epochMember: date, epochTarget: date)
        #expect(try RequestHarness.queryBody(.query, input, "QueryTimestamps")
            == "Action=QueryTimestamps&Version=2020-01-08&normalFormat=2015-01-25T08%3A00%3A00Z&epochMember=1422172800&epochTarget=1422172800")
    }

    @Test func fillsIdempotencyTokens() throws {
        // QueryProtocolIdempotencyTokenAutoFill, QueryProtocolIdempotencyTokenAutoFillIsSet
        let head = "Action=QueryIdempotencyTokenAutoFill&Version=2020-01-08&token="
        #expect(try RequestHarness.queryBody(.query, QueryIdempotencyTokenAutoFillInput(), "QueryIdempotencyTokenAutoFill")
            == head + "00000000-0000-4000-8000-000000000000")
        let set = QueryIdempotencyTokenAutoFillInput(token: "00000000-0000-4000-8000-000000000123")
        #expect(try RequestHarness.queryBody(.query, set, "QueryIdempotencyTokenAutoFill") == head + "00000000-0000-4000-8000-000000000123")
    }

    @Test func expandsTheHostPrefix() throws {
        // AwsQueryEndpointTraitWithHostLabel
        let operation = AWSOperation("EndpointWithHostLabelOperation", method: "POST", requestURI: "/", hostPrefix: "foo.{label}.")
        let request = try RequestHarness.request(QuerySerializer(flavor: .query), HostLabelInput(label: "bar"), operation)
        #expect(request.host == "foo.bar.example.com")
        #expect(String(decoding: request.body, as: UTF8.self) == "Action=EndpointWithHostLabelOperation&Version=2020-01-08&label=bar")
    }
}
