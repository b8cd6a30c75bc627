@_spi(Generated) import AWSRuntime
@_spi(Generated) @testable import AWSRuntimeXML
import Foundation
import Testing

/// The ec2 protocol's requests against botocore's `protocols/input/ec2.json` (cases by id) and
/// `legacy/input/ec2.json` (cases by description).
@Suite struct EC2SerializerTests {
    @Test func namesMembersByQueryNameOrCapitalizedName() throws {
        let head = "Action=SimpleInputParams&Version=2020-01-08"
        let cases: [(SimpleInputParamsInput, String)] = [
            // Ec2SimpleInputParamsStrings
            (SimpleInputParamsInput(foo: "val1", bar: "val2"), "&Foo=val1&Bar=val2"),
            // Ec2QueryIsPreferred's member, whose locationName is hasQueryAndXmlName
            (SimpleInputParamsInput(hasQueryAndXmlName: "Hi"), "&HasQueryAndXmlName=Hi"),
            // legacy "Query locationName" and "queryName": barLocationName, and yuckLocationName's queryName
            (SimpleInputParamsInput(foo: "val1", barLocationName: "val2", yuck: "val3"),
             "&Foo=val1&BarLocationName=val2&yuckQueryName=val3"),
            // Ec2SimpleInputParamsBlob, Ec2QuerySupportsNaNFloatInputs
            (SimpleInputParamsInput(qux: Data("value".utf8)), "&Qux=dmFsdWU%3D"),
            (SimpleInputParamsInput(floatValue: .nan, boo: .nan), "&FloatValue=NaN&Boo=NaN"),
        ]
        for (input, fields) in cases {
            #expect(try RequestHarness.queryBody(.ec2, input, "SimpleInputParams") == head + fields)
        }
    }

    @Test func numbersListsAfterTheirOwnNames() throws {
        let head = "Action=QueryLists&Version=2020-01-08"
        let cases: [(QueryListsInput, String)] = [
            // Ec2Lists
            (QueryListsInput(listArg: ["foo", "bar", "baz"], complexListArg: [QueryGreetingStruct(hi: "hello"), QueryGreetingStruct(hi: "hola")]),
             "&ListArg.1=foo&ListArg.2=bar&ListArg.3=baz&ComplexListArg.1.Hi=hello&ComplexListArg.2.Hi=hola"),
            // Ec2EmptyQueryLists
            (QueryListsInput(listArg: []), ""),
            // Ec2ListArgWithXmlNameMember
            (QueryListsInput(listArgWithXmlNameMember: ["A", "B"]), "&ListArgWithXmlNameMember.1=A&ListArgWithXmlNameMember.2=B"),
            // Ec2ListMemberWithXmlName
            (QueryListsInput(listArgWithXmlName: ["A", "B"]), "&Hi.1=A&Hi.2=B"),
            // Ec2ListNestedStructWithList
            (QueryListsInput(nestedWithList: NestedStructWithList(listArg: ["A", "B"])), "&NestedWithList.ListArg.1=A&NestedWithList.ListArg.2=B"),
        ]
        for (input, fields) in cases {
            #expect(try RequestHarness.queryBody(.ec2, input, "QueryLists") == head + fields)
        }
    }

    @Test func writesMapsAsQueryDoes() throws {
        // Not in the ec2 suites: EC2Serializer inherits QuerySerializer._serialize_type_map.
        #expect(try RequestHarness.queryBody(.ec2, QueryMapsInput(mapWithXmlMemberName: ["a": "b"]), "QueryMaps")
            == "Action=QueryMaps&Version=2020-01-08&MapWithXmlMemberName.entry.1.K=a&MapWithXmlMemberName.entry.1.V=b")
    }

    @Test func capitalizesTheModelsNamesOfMapEntries() {
        // EC2Serializer._get_serialized_name: a locationName is capitalized; `key` and `value` are not.
        let form = QueryForm(flavor: .ec2, tokenGenerator: { "" }, hostLabels: [])
        #expect(form.entryName("name", default: "key") == "Name")
        #expect(form.entryName(nil, default: "value") == "value")
    }

    @Test func writesTimestampsAndTokens() throws {
        // Ec2TimestampsInput
        let date = Date(timeIntervalSince1970: 1_422_172_800)
        #expect(try RequestHarness.queryBody(.ec2, QueryTimestampsInput(normalFormat: date, epochMember: date, epochTarget: date), "QueryTimestamps")
            == "Action=QueryTimestamps&Version=2020-01-08&NormalFormat=2015-01-25T08%3A00%3A00Z&EpochMember=1422172800&EpochTarget=1422172800")
        // Ec2ProtocolIdempotencyTokenAutoFill
        #expect(try RequestHarness.queryBody(.ec2, QueryIdempotencyTokenAutoFillInput(), "QueryIdempotencyTokenAutoFill")
            == "Action=QueryIdempotencyTokenAutoFill&Version=2020-01-08&Token=00000000-0000-4000-8000-000000000000")
    }

    @Test func expandsTheHostPrefix() throws {
        // Ec2QueryEndpointTraitWithHostLabel
        let operation = AWSOperation("EndpointWithHostLabelOperation", method: "POST", requestURI: "/", hostPrefix: "foo.{label}.")
        let request = try RequestHarness.request(QuerySerializer(flavor: .ec2), HostLabelInput(label: "bar"), operation)
        #expect(request.host == "foo.bar.example.com")
        #expect(String(decoding: request.body, as: UTF8.self) == "Action=EndpointWithHostLabelOperation&Version=2020-01-08&Label=bar")
    }
}
