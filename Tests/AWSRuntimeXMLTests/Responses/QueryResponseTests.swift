@_spi(Generated) import AWSRuntime
import Foundation
import Testing

/// Query and ec2 outputs, with bodies and expected values from botocore's `protocols/output/query.json` and
/// `ec2.json` (Smithy's cases, by id) and `legacy/output/*.json` (by description).
@Suite struct QueryResponseTests {
    private let sample = Date(timeIntervalSince1970: 1_398_796_238)

    @Test func scalarsInTheResultWrapper() throws {
        // QuerySimpleScalarProperties
        let output = try ResponseFixtures.query(SimpleScalarsOutput.self, """
            <SimpleScalarXmlPropertiesResponse xmlns="https://example.com/">
                <SimpleScalarXmlPropertiesResult>
                    <stringValue>string</stringValue>
                    <emptyStringValue/>
                    <trueBooleanValue>true</trueBooleanValue>
                    <falseBooleanValue>false</falseBooleanValue>
                    <byteValue>1</byteValue>
                    <shortValue>2</shortValue>
                    <integerValue>3</integerValue>
                    <longValue>4</longValue>
                    <floatValue>5.5</floatValue>
                    <DoubleDribble>6.5</DoubleDribble>
                </SimpleScalarXmlPropertiesResult>
            </SimpleScalarXmlPropertiesResponse>
            """, "SimpleScalarXmlProperties")
        #expect(output.stringValue == "string")
        #expect(output.emptyStringValue == "")
        #expect(output.trueBooleanValue == true)
        #expect(output.falseBooleanValue == false)
        #expect([output.byteValue, output.shortValue, output.integerValue] == [1, 2, 3])
        #expect(output.longValue == 4)
        #expect(output.floatValue == 5.5)
        #expect(output.doubleValue == 6.5)
        #expect(output.foo == nil)
    }

    @Test func ec2ScalarsAreChildrenOfTheRoot() throws {
        // Ec2SimpleScalarProperties
        let output = try ResponseFixtures.ec2(SimpleScalarsOutput.self, """
            <SimpleScalarXmlPropertiesResponse xmlns="https://example.com/">
                <stringValue>string</stringValue>
                <emptyStringValue/>
                <trueBooleanValue>true</trueBooleanValue>
                <integerValue>3</integerValue>
                <DoubleDribble>6.5</DoubleDribble>
                <requestId>requestid</requestId>
            </SimpleScalarXmlPropertiesResponse>
            """)
        #expect(output.stringValue == "string")
        #expect(output.emptyStringValue == "")
        #expect(output.trueBooleanValue == true)
        #expect(output.integerValue == 3)
        #expect(output.doubleValue == 6.5)
    }

    @Test(arguments: [("NaN", Double.nan), ("Infinity", .infinity), ("-Infinity", -.infinity)])
    func specialFloats(text: String, value: Double) throws {
        // AwsQuerySupportsNaNFloatOutputs, AwsQuerySupportsInfinityFloatOutputs,
        // AwsQuerySupportsNegativeInfinityFloatOutputs
        let output = try ResponseFixtures.query(SimpleScalarsOutput.self, """
            <SimpleScalarXmlPropertiesResponse xmlns="https://example.com/">
                <SimpleScalarXmlPropertiesResult>
                    <floatValue>\(text)</floatValue>
                    <DoubleDribble>\(text)</DoubleDribble>
                </SimpleScalarXmlPropertiesResult>
            </SimpleScalarXmlPropertiesResponse>
            """, "SimpleScalarXmlProperties")
        let double = try #require(output.doubleValue)
        let float = try #require(output.floatValue)
        #expect(value.isNaN ? double.isNaN && float.isNaN : double == value && Double(float) == value)
    }

    @Test func lists() throws {
        // QueryXmlLists (the namespaced flattened lists left out); botocore reads `flattenedList` and
        // `customName` by the list's element name, `item`, and finds nothing: the decoder falls back to the
        // member's name, as Smithy expects.
        let output = try ResponseFixtures.query(ListsOutput.self, """
            <XmlListsResponse xmlns="https://example.com/">
                <XmlListsResult>
                    <stringList>
                        <member>foo</member>
                        <member>bar</member>
                    </stringList>
                    <stringSet>
                        <member>foo</member>
                        <member>bar</member>
                    </stringSet>
                    <integerList>
                        <member>1</member>
                        <member>2</member>
                    </integerList>
                    <booleanList>
                        <member>true</member>
                        <member>false</member>
                    </booleanList>
                    <timestampList>
                        <member>2014-04-29T18:30:38Z</member>
                        <member>2014-04-29T18:30:38Z</member>
                    </timestampList>
                    <enumList>
                        <member>Foo</member>
                        <member>0</member>
                    </enumList>
                    <nestedStringList>
                        <member>
                            <member>foo</member>
                            <member>bar</member>
                        </member>
                        <member>
                            <member>baz</member>
                            <member>qux</member>
                        </member>
                    </nestedStringList>
                    <renamed>
                        <item>foo</item>
                        <item>bar</item>
                    </renamed>
                    <flattenedList>hi</flattenedList>
                    <flattenedList>bye</flattenedList>
                    <customName>yep</customName>
                    <customName>nope</customName>
                    <flattenedListWithMemberNamespace xmlns="https://xml-member.example.com">a</flattenedListWithMemberNamespace>
                    <flattenedListWithMemberNamespace xmlns="https://xml-member.example.com">b</flattenedListWithMemberNamespace>
                    <myStructureList>
                        <item>
                            <value>1</value>
                            <other>2</other>
                        </item>
                        <item>
                            <value>3</value>
                            <other>4</other>
                        </item>
                    </myStructureList>
                </XmlListsResult>
            </XmlListsResponse>
            """, "XmlLists")
        #expect(output.stringList == ["foo", "bar"])
        #expect(output.stringSet == ["foo", "bar"])
        #expect(output.integerList == [1, 2])
        #expect(output.booleanList == [true, false])
        #expect(output.timestampList == [sample, sample])
        #expect(output.enumList == [.foo, .zero])
        #expect(output.nestedStringList == [["foo", "bar"], ["baz", "qux"]])
        #expect(output.renamedListMembers == ["foo", "bar"])
        #expect(output.flattenedList == ["hi", "bye"])
        #expect(output.flattenedList2 == ["yep", "nope"])
        #expect(output.flattenedListWithMemberNamespace == ["a", "b"])
        #expect(output.structureList == [StructureListMember(a: "1", b: "2"), StructureListMember(a: "3", b: "4")])
    }

    @Test func emptyListsAndAbsentOnes() throws {
        // Ec2XmlEmptyLists
        let output = try ResponseFixtures.ec2(ListsOutput.self, """
            <XmlEmptyListsResponse xmlns="https://example.com/">
              <stringList/>
              <stringSet></stringSet>
            </XmlEmptyListsResponse>
            """)
        #expect(output.stringList == [])
        #expect(output.stringSet == [])
        #expect(output.integerList == nil)
        #expect(output.flattenedList == nil)
    }

    @Test func flattenedListNamedByItsElements() throws {
        // legacy query "Flattened list with location name"
        let output = try ResponseFixtures.query(NamedFlattenedListOutput.self, """
            <OperationNameResponse xmlns="https://service.amazonaws.com/doc/2010-05-08/"><OperationNameResult>\
            <NamedList>a</NamedList><NamedList>b</NamedList></OperationNameResult>\
            <ResponseMetadata><RequestId>requestid</RequestId></ResponseMetadata></OperationNameResponse>
            """, "OperationName")
        #expect(output.list == ["a", "b"])
    }

    @Test func maps() throws {
        // QueryXmlMaps
        let output = try ResponseFixtures.query(MapsOutput.self, """
            <XmlMapsResponse xmlns="https://example.com/">
                <XmlMapsResult>
                    <myMap>
                        <entry>
                            <key>foo</key>
                            <value>
                                <hi>there</hi>
                            </value>
                        </entry>
                        <entry>
                            <key>baz</key>
                            <value>
                                <hi>bye</hi>
                            </value>
                        </entry>
                    </myMap>
                </XmlMapsResult>
            </XmlMapsResponse>
            """, "XmlMaps")
        #expect(output.myMap == ["foo": GreetingStruct(hi: "there"), "baz": GreetingStruct(hi: "bye")])
    }

    @Test func emptyMap() throws {
        // QueryXmlEmptyMaps
        let output = try ResponseFixtures.query(MapsOutput.self, """
            <XmlEmptyMapsResponse xmlns="https://example.com/">
                <XmlEmptyMapsResult>
                    <myMap>
                    </myMap>
                </XmlEmptyMapsResult>
            </XmlEmptyMapsResponse>
            """, "XmlEmptyMaps")
        #expect(output.myMap == [:])
    }

    @Test func flattenedMapWithNames() throws {
        // QueryQueryFlattenedXmlMapWithXmlName
        let output = try ResponseFixtures.query(FlattenedMapOutput.self, """
            <FlattenedXmlMapWithXmlNameResponse xmlns="https://example.com/">
                <FlattenedXmlMapWithXmlNameResult>
                    <KVP>
                        <K>a</K>
                        <V>A</V>
                    </KVP>
                    <KVP>
                        <K>b</K>
                        <V>B</V>
                    </KVP>
                </FlattenedXmlMapWithXmlNameResult>
            </FlattenedXmlMapWithXmlNameResponse>
            """, "FlattenedXmlMapWithXmlName")
        #expect(output.myMap == ["a": "A", "b": "B"])
    }

    @Test func enums() throws {
        // QueryXmlEnums (without the set)
        let output = try ResponseFixtures.query(EnumsOutput.self, """
            <XmlEnumsResponse xmlns="https://example.com/">
                <XmlEnumsResult>
                    <fooEnum1>Foo</fooEnum1>
                    <fooEnum2>0</fooEnum2>
                    <fooEnum3>1</fooEnum3>
                    <fooEnumList>
                        <member>Foo</member>
                        <member>0</member>
                    </fooEnumList>
                    <fooEnumMap>
                        <entry>
                            <key>hi</key>
                            <value>Foo</value>
                        </entry>
                        <entry>
                            <key>zero</key>
                            <value>0</value>
                        </entry>
                    </fooEnumMap>
                </XmlEnumsResult>
            </XmlEnumsResponse>
            """, "XmlEnums")
        #expect(output.fooEnum1 == .foo)
        #expect(output.fooEnum2 == .zero)
        #expect(output.fooEnum3 == FooEnum(rawValue: "1"))
        #expect(output.fooEnumList == [.foo, .zero])
        #expect(output.fooEnumMap == ["hi": .foo, "zero": .zero])
    }

    @Test(arguments: [
        // QueryXmlTimestamps, AwsQueryDateTimeWithNegativeOffset, AwsQueryDateTimeWithFractionalSeconds,
        // QueryXmlTimestampsWithEpochSecondsFormat, QueryXmlTimestampsWithHttpDateFormat
        ("<normal>2014-04-29T18:30:38Z</normal>", 1_398_796_238),
        ("<normal>2019-12-16T22:48:18-01:00</normal>", 1_576_540_098),
        ("<normal>2000-01-02T20:34:56.123Z</normal>", 946_845_296.123),
        ("<epochSeconds>1398796238</epochSeconds>", 1_398_796_238),
        ("<httpDate>Tue, 29 Apr 2014 18:30:38 GMT</httpDate>", 1_398_796_238),
    ] as [(String, Double)])
    func timestamps(element: String, seconds: Double) throws {
        let output = try ResponseFixtures.query(TimestampsOutput.self, """
            <XmlTimestampsResponse xmlns="https://example.com/">
                <XmlTimestampsResult>
                    \(element)
                </XmlTimestampsResult>
            </XmlTimestampsResponse>
            """, "XmlTimestamps")
        let date = try #require(output.normal ?? output.epochSeconds ?? output.httpDate)
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.0005)
    }

    @Test func blobs() throws {
        // QueryXmlBlobs, QueryXmlEmptyBlobs, QueryXmlEmptySelfClosedBlobs
        for (element, value) in [("<data>dmFsdWU=</data>", "value"), ("<data></data>", ""), ("<data/>", "")] {
            let output = try ResponseFixtures.query(BlobsOutput.self, """
                <XmlBlobsResponse xmlns="https://example.com/"><XmlBlobsResult>\(element)</XmlBlobsResult></XmlBlobsResponse>
                """, "XmlBlobs")
            #expect(output.data == Data(value.utf8))
        }
    }

    @Test func recursiveStructures() throws {
        // QueryRecursiveShapes
        let output = try ResponseFixtures.query(RecursiveOutput.self, """
            <RecursiveXmlShapesResponse xmlns="https://example.com/">
                <RecursiveXmlShapesResult>
                    <nested>
                        <foo>Foo1</foo>
                        <nested>
                            <bar>Bar1</bar>
                            <recursiveMember>
                                <foo>Foo2</foo>
                                <nested>
                                    <bar>Bar2</bar>
                                </nested>
                            </recursiveMember>
                        </nested>
                    </nested>
                </RecursiveXmlShapesResult>
            </RecursiveXmlShapesResponse>
            """, "RecursiveXmlShapes")
        #expect(output.nested?.foo == "Foo1")
        #expect(output.nested?.nested?.bar == "Bar1")
        #expect(output.nested?.nested?.recursiveMember?.foo == "Foo2")
        #expect(output.nested?.nested?.recursiveMember?.nested?.bar == "Bar2")
    }

    @Test func ec2Maps() throws {
        // legacy ec2 "Normal map" and "Flattened map"
        let normal = try ResponseFixtures.ec2(NestedMapsOutput.self, """
            <OperationNameResponse><nestedMap><entry><key>qux</key><value><entry><key>a</key><value>bar</value></entry>\
            </value></entry></nestedMap><flatNestedMap><key>baz</key><value><entry><key>b</key><value>bam</value></entry>\
            </value></flatNestedMap><RequestId>requestid</RequestId></OperationNameResponse>
            """)
        #expect(normal.nestedMap == ["qux": ["a": "bar"]])
        #expect(normal.flatNestedMap == ["baz": ["b": "bam"]])
    }

    @Test func emptyBodyHasNoMembers() throws {
        // QueryEmptyInputAndEmptyOutput: no body at all
        let output = try ResponseFixtures.query(SimpleScalarsOutput.self, "", "EmptyInputAndEmptyOutput")
        #expect(output.stringValue == nil)
        let empty = try ResponseFixtures.query(AWSEmptyShape.self, "not even XML", "NoInputAndNoOutput")
        #expect(empty == AWSEmptyShape())
    }
}
