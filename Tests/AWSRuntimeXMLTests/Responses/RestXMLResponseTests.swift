@_spi(Generated) import AWSRuntime
import Foundation
import Testing

/// rest-xml outputs, with bodies and expected values from botocore's `protocols/output/rest-xml.json` (by case
/// id) and `legacy/output/rest-xml.json` (by description).
@Suite struct RestXMLResponseTests {
    @Test func bodyMembersAndAHeader() throws {
        // SimpleScalarPropertiesWithXMLPreamble, then SimpleScalarPropertiesComplexEscapes
        let output = try ResponseFixtures.restXML(SimpleScalarsOutput.self, """
            <?xml version = "1.0" encoding = "UTF-8"?>
            <SimpleScalarPropertiesResponse>
                <stringValue>string</stringValue>
            </SimpleScalarPropertiesResponse>
            """, headers: [("X-Foo", "Foo")])
        #expect(output.foo == "Foo")
        #expect(output.stringValue == "string")
        let escaped = try ResponseFixtures.restXML(SimpleScalarsOutput.self, """
            <SimpleScalarPropertiesResponse>
                <stringValue>escaped data: &amp;lt;&#xD;&#10;</stringValue>
            </SimpleScalarPropertiesResponse>
            """)
        #expect(escaped.stringValue == "escaped data: &lt;\r\n")
    }

    @Test(arguments: [" string with white    space ", "  "])
    func whiteSpaceIsKept(text: String) throws {
        // SimpleScalarPropertiesWithWhiteSpace, SimpleScalarPropertiesPureWhiteSpace
        let output = try ResponseFixtures.restXML(SimpleScalarsOutput.self, """
            <SimpleScalarPropertiesResponse>
                <stringValue>\(text)</stringValue>
            </SimpleScalarPropertiesResponse>
            """)
        #expect(output.stringValue == text)
    }

    @Test func headersPrefixHeadersAndStatus() throws {
        // InputAndOutputWithNumericHeaders, InputAndOutputWithBooleanHeaders, InputAndOutputWithTimestampHeaders,
        // HttpPrefixHeadersArePresent, RestXmlHttpResponseCode
        let output = try ResponseFixtures.restXML(HeadersOutput.self, "", status: 201, headers: [
            ("X-Integer", "123"), ("X-Float", "1.1"), ("X-Boolean1", "true"), ("X-IntegerList", "1, 2, 3"),
            ("X-TimestampList", "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT"),
            ("x-foo-abc", "Abc value"), ("x-foo-def", "Def value"),
        ])
        #expect(output.headerInteger == 123)
        #expect(output.headerFloat == 1.1)
        #expect(output.headerTrueBool == true)
        #expect(output.headerIntegerList == [1, 2, 3])
        let date = Date(timeIntervalSince1970: 1_576_540_098)
        #expect(output.headerTimestampList == [date, date])
        #expect(output.fooMap == ["abc": "Abc value", "def": "Def value"])
        #expect(output.status == 201)
    }

    @Test func attributes() throws {
        // XmlAttributes
        let output = try ResponseFixtures.restXML(AttributesShape.self, """
            <XmlAttributesResponse test="test">
                <foo>hi</foo>
            </XmlAttributesResponse>
            """)
        #expect(output.foo == "hi")
        #expect(output.attr == "test")
    }

    @Test func structurePayloadIsTheRootWhateverItsName() throws {
        // XmlAttributesOnPayload
        let output = try ResponseFixtures.restXML(AttributesPayloadOutput.self, """
            <XmlAttributesPayloadResponse test="test">
                <foo>hi</foo>
            </XmlAttributesPayloadResponse>
            """)
        #expect(output.payload?.foo == "hi")
        #expect(output.payload?.attr == "test")
    }

    @Test func unionPayload() throws {
        // RestXmlHttpPayloadWithUnion, RestXmlHttpPayloadWithUnsetUnion
        let set = try ResponseFixtures.restXML(UnionPayloadOutput.self, """
            <UnionPayload>
                <stringValue>hello</stringValue>
            </UnionPayload>
            """)
        #expect(set.nested == .stringValue("hello"))
        let unset = try ResponseFixtures.restXML(UnionPayloadOutput.self, "", headers: [("Content-Length", "0")])
        #expect(unset.nested == nil)
    }

    @Test func blobPayload() throws {
        // HttpPayloadTraitsWithBlob, HttpPayloadTraitsWithNoBlobBody
        let output = try ResponseFixtures.restXML(BlobPayloadOutput.self, "blobby blob blob", headers: [("X-Foo", "Foo")])
        #expect(output.foo == "Foo")
        #expect(output.blob == Data("blobby blob blob".utf8))
        let empty = try ResponseFixtures.restXML(BlobPayloadOutput.self, "", headers: [("X-Foo", "Foo")])
        #expect(empty.foo == "Foo")
        #expect(empty.blob == nil)
    }

    @Test func stringAndEnumPayloads() throws {
        // RestXmlStringPayloadResponse, RestXmlEnumPayloadResponse
        #expect(try ResponseFixtures.restXML(TextPayloadOutput<String>.self, "rawstring").payload == "rawstring")
        #expect(try ResponseFixtures.restXML(TextPayloadOutput<FooEnum>.self, "enumvalue").payload == FooEnum(rawValue: "enumvalue"))
    }

    @Test func unions() throws {
        // XmlUnionsWithStringMember, XmlUnionsWithBooleanMember, XmlUnionsWithUnionMember; legacy "Unions" 1 and 2
        let cases: [(String, UnionShape)] = [
            ("<stringValue>some string</stringValue>", .stringValue("some string")),
            ("<booleanValue>true</booleanValue>", .booleanValue(true)),
            ("<unionValue><booleanValue>true</booleanValue></unionValue>", .unionValue(.booleanValue(true))),
            ("<listValue><member>a</member><member>b</member></listValue>", .listValue(["a", "b"])),
            ("<SomeUnknownMember>foo</SomeUnknownMember>", .sdkUnknown("SomeUnknownMember")),
        ]
        for (element, value) in cases {
            let output = try ResponseFixtures.restXML(UnionsOutput.self, """
                <XmlUnionsResponse>
                    <unionValue>
                        \(element)
                    </unionValue>
                </XmlUnionsResponse>
                """)
            #expect(output.unionValue == value)
        }
    }

    @Test func mapsWithNamedEntriesAndNestedMaps() throws {
        // XmlMapsXmlName, NestedXmlMapResponse, FlatNestedXmlMapResponse
        let renamed = try ResponseFixtures.restXML(RenamedEntriesMapOutput.self, """
            <XmlMapsXmlNameResponse>
                <myMap>
                    <entry>
                        <Attribute>foo</Attribute>
                        <Setting>
                            <hi>there</hi>
                        </Setting>
                    </entry>
                    <entry>
                        <Attribute>baz</Attribute>
                        <Setting>
                            <hi>bye</hi>
                        </Setting>
                    </entry>
                </myMap>
            </XmlMapsXmlNameResponse>
            """)
        #expect(renamed.myMap == ["foo": GreetingStruct(hi: "there"), "baz": GreetingStruct(hi: "bye")])
        let nested = try ResponseFixtures.restXML(NestedMapsOutput.self, """
            <NestedXmlMapsResponse>
                <nestedMap>
                    <entry>
                        <key>foo</key>
                        <value>
                            <entry>
                                <key>bar</key>
                                <value>Bar</value>
                            </entry>
                        </value>
                    </entry>
                </nestedMap>
                <flatNestedMap>
                    <key>foo</key>
                    <value>
                        <entry>
                            <key>bar</key>
                            <value>Bar</value>
                        </entry>
                    </value>
                </flatNestedMap>
            </NestedXmlMapsResponse>
            """)
        #expect(nested.nestedMap == ["foo": ["bar": "Bar"]])
        #expect(nested.flatNestedMap == ["foo": ["bar": "Bar"]])
    }

    @Test func emptyBody() throws {
        // NoInputAndOutput, XmlEmptyStrings
        #expect(try ResponseFixtures.restXML(SimpleScalarsOutput.self, "").stringValue == nil)
        let output = try ResponseFixtures.restXML(SimpleScalarsOutput.self, """
            <XmlEmptyStringsResponse>
                <stringValue></stringValue>
            </XmlEmptyStringsResponse>
            """)
        #expect(output.stringValue == "")
    }
}
