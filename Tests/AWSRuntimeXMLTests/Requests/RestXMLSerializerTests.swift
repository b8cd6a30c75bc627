@_spi(Generated) import AWSRuntime
@_spi(Generated) @testable import AWSRuntimeXML
import Foundation
import Testing

/// rest-xml requests against botocore's `protocols/input/rest-xml.json` (cases by id) and
/// `legacy/input/rest-xml.json` (cases by description). Expected bodies are the cases' without the
/// indentation, as botocore writes them, except that an empty element is `<a/>` where botocore writes `<a />`.
@Suite struct RestXMLSerializerTests {
    /// The request for `input` to a POST operation whose body members go in `root`.
    private func request<Input: AWSEncodableShape>(
        _ input: Input, root: String? = nil, namespace: AWSXMLNamespace? = nil, hostPrefix: String? = nil
    ) throws -> AWSHTTPRequest {
        let operation = AWSOperation("Operation", method: "POST", requestURI: "/path", hostPrefix: hostPrefix,
                                     xmlRoot: root, xmlNamespace: namespace)
        return try RequestHarness.request(RestXMLSerializer(), input, operation)
    }

    private func body<Input: AWSEncodableShape>(_ input: Input, root: String? = nil, namespace: AWSXMLNamespace? = nil) throws -> String {
        String(decoding: try request(input, root: root, namespace: namespace).body, as: UTF8.self)
    }

    @Test func writesScalarsBesideBoundMembers() throws {
        // SimpleScalarProperties (without byteValue and shortValue, which are Int like integerValue)
        let input = XmlScalarsInput(foo: "Foo", stringValue: "string", trueBooleanValue: true, falseBooleanValue: false,
                                    integerValue: 3, longValue: 4, floatValue: 5.5, doubleValue: 6.5)
        let request = try request(input, root: "SimpleScalarPropertiesRequest")
        #expect(request.path == "/path")
        #expect(request.headers["X-Foo"] == "Foo")
        #expect(request.headers["Content-Type"] == "application/xml")
        #expect(String(decoding: request.body, as: UTF8.self) == "<SimpleScalarPropertiesRequest><stringValue>string</stringValue>"
            + "<trueBooleanValue>true</trueBooleanValue><falseBooleanValue>false</falseBooleanValue><integerValue>3</integerValue>"
            + "<longValue>4</longValue><floatValue>5.5</floatValue><DoubleDribble>6.5</DoubleDribble></SimpleScalarPropertiesRequest>")
    }

    @Test func writesScalarEdgeCases() throws {
        let root = "SimpleScalarPropertiesRequest"
        // SimpleScalarPropertiesWithEscapedCharacter, SimpleScalarPropertiesPureWhiteSpace
        #expect(try body(XmlScalarsInput(stringValue: "<string>"), root: root)
            == "<\(root)><stringValue>&lt;string&gt;</stringValue></\(root)>")
        #expect(try body(XmlScalarsInput(stringValue: "   "), root: root) == "<\(root)><stringValue>   </stringValue></\(root)>")
        // RestXmlSupportsNaNFloatInputs, RestXmlSupportsNegativeInfinityFloatInputs
        #expect(try body(XmlScalarsInput(floatValue: .nan, doubleValue: .nan), root: root)
            == "<\(root)><floatValue>NaN</floatValue><DoubleDribble>NaN</DoubleDribble></\(root)>")
        #expect(try body(XmlScalarsInput(floatValue: -.infinity, doubleValue: -.infinity), root: root)
            == "<\(root)><floatValue>-Infinity</floatValue><DoubleDribble>-Infinity</DoubleDribble></\(root)>")
        // XmlBlobs, XmlEmptyStrings
        #expect(try body(XmlScalarsInput(data: Data("value".utf8)), root: "XmlBlobsRequest")
            == "<XmlBlobsRequest><data>dmFsdWU=</data></XmlBlobsRequest>")
        #expect(try body(XmlScalarsInput(stringValue: ""), root: root) == "<\(root)><stringValue/></\(root)>")
    }

    @Test func sendsNoBodyWithoutBodyMembers() throws {
        // botocore's BaseRestSerializer._serialize_payload: no body_kwargs, no body.
        let request = try request(XmlScalarsInput(foo: "Foo"), root: "SimpleScalarPropertiesRequest")
        #expect(request.headers["X-Foo"] == "Foo")
        #expect(request.body.isEmpty)
    }

    @Test func writesTimestampsInTheirFormats() throws {
        // XmlTimestamps, XmlTimestampsWithEpochSecondsFormat, XmlTimestampsWithHttpDateFormat
        let date = Date(timeIntervalSince1970: 1_398_796_238)
        let root = "XmlTimestampsRequest"
        #expect(try body(XmlScalarsInput(normal: date), root: root) == "<\(root)><normal>2014-04-29T18:30:38Z</normal></\(root)>")
        #expect(try body(XmlScalarsInput(epochSeconds: date), root: root) == "<\(root)><epochSeconds>1398796238</epochSeconds></\(root)>")
        #expect(try body(XmlScalarsInput(httpDate: date), root: root)
            == "<\(root)><httpDate>Tue, 29 Apr 2014 18:30:38 GMT</httpDate></\(root)>")
    }

    @Test func writesAttributes() throws {
        // XmlAttributes, XmlAttributesWithEscaping (AWSXMLElement leaves `>` unescaped in attributes)
        #expect(try body(XmlAttributesInput(foo: "hi", attr: "test"), root: "XmlAttributesRequest")
            == #"<XmlAttributesRequest test="test"><foo>hi</foo></XmlAttributesRequest>"#)
        #expect(try body(XmlAttributesInput(foo: "hi", attr: "<test&mock>"), root: "XmlAttributesRequest")
            == #"<XmlAttributesRequest test="&lt;test&amp;mock>"><foo>hi</foo></XmlAttributesRequest>"#)
    }

    @Test func writesLists() throws {
        let root = "XmlListsRequest"
        // XmlLists (stringList, booleanList, nestedStringList, myStructureList)
        let input = XmlListsInput(stringList: ["foo", "bar"], booleanList: [true, false], nestedStringList: [["foo", "bar"], ["baz", "qux"]],
                                  structureList: [QueryGreetingStruct(hi: "1"), QueryGreetingStruct(hi: "2")])
        #expect(try body(input, root: root) == "<\(root)><stringList><member>foo</member><member>bar</member></stringList>"
            + "<booleanList><member>true</member><member>false</member></booleanList>"
            + "<nestedStringList><member><member>foo</member><member>bar</member></member><member><member>baz</member><member>qux</member></member></nestedStringList>"
            + "<myStructureList><item><hi>1</hi></item><item><hi>2</hi></item></myStructureList></\(root)>")
        // XmlEmptyLists
        #expect(try body(XmlListsInput(stringList: []), root: "XmlEmptyListsRequest") == "<XmlEmptyListsRequest><stringList/></XmlEmptyListsRequest>")
        // legacy "List of strings with name" and "Flattened list"
        let namespace = AWSXMLNamespace("https://foo/")
        #expect(try body(XmlListsInput(renamedList: ["one", "two"]), root: "OperationRequest", namespace: namespace)
            == #"<OperationRequest xmlns="https://foo/"><AlternateName><NotMember>one</NotMember><NotMember>two</NotMember></AlternateName></OperationRequest>"#)
        #expect(try body(XmlListsInput(flattenedList: ["one", "two", "three"]), root: "OperationRequest", namespace: namespace)
            == #"<OperationRequest xmlns="https://foo/"><ListParam>one</ListParam><ListParam>two</ListParam><ListParam>three</ListParam></OperationRequest>"#)
    }

    @Test func writesMapsInKeyOrder() throws {
        // XmlMaps, XmlEmptyMaps
        #expect(try body(XmlMapsInput(myMap: ["foo": QueryGreetingStruct(hi: "there"), "baz": QueryGreetingStruct(hi: "bye")]), root: "XmlMapsRequest")
            == "<XmlMapsRequest><myMap><entry><key>baz</key><value><hi>bye</hi></value></entry>"
            + "<entry><key>foo</key><value><hi>there</hi></value></entry></myMap></XmlMapsRequest>")
        #expect(try body(XmlMapsInput(myMap: [:]), root: "XmlEmptyMapsRequest") == "<XmlEmptyMapsRequest><myMap/></XmlEmptyMapsRequest>")
        // FlattenedXmlMapWithXmlName
        #expect(try body(XmlMapsInput(flattenedMapWithXmlName: ["a": "A", "b": "B"]), root: "FlattenedXmlMapWithXmlNameRequest")
            == "<FlattenedXmlMapWithXmlNameRequest><KVP><K>a</K><V>A</V></KVP><KVP><K>b</K><V>B</V></KVP></FlattenedXmlMapWithXmlNameRequest>")
        // NestedXmlMapRequest, FlatNestedXmlMapRequest
        #expect(try body(XmlMapsInput(nestedMap: ["foo": ["bar": "Bar"]]), root: "NestedXmlMapsRequest")
            == "<NestedXmlMapsRequest><nestedMap><entry><key>foo</key><value><entry><key>bar</key><value>Bar</value></entry></value>"
            + "</entry></nestedMap></NestedXmlMapsRequest>")
        #expect(try body(XmlMapsInput(flatNestedMap: ["foo": ["bar": "Bar"]]), root: "NestedXmlMapsRequest")
            == "<NestedXmlMapsRequest><flatNestedMap><key>foo</key><value><entry><key>bar</key><value>Bar</value></entry></value>"
            + "</flatNestedMap></NestedXmlMapsRequest>")
    }

    @Test func declaresNamespacesOnEveryElementThatHasOne() throws {
        // XmlNamespaces: the list's elements declare the namespace of the list's member.
        let input = XmlNamespacesInput(nested: XmlNamespaceNested(foo: "Foo", values: ["Bar", "Baz"]))
        #expect(try body(input, root: "XmlNamespacesRequest", namespace: AWSXMLNamespace("http://foo.com"))
            == #"<XmlNamespacesRequest xmlns="http://foo.com"><nested xmlns="http://foo.com"><foo xmlns:baz="http://baz.com">Foo</foo>"#
            + #"<values xmlns="http://qux.com"><member xmlns="http://bux.com">Bar</member><member xmlns="http://bux.com">Baz</member>"#
            + #"</values></nested></XmlNamespacesRequest>"#)
        // RestXmlXmlMapWithXmlNamespace: each entry's key and value declare theirs.
        #expect(try body(XmlMapsInput(namespacedMap: ["a": "A"]), root: "XmlMapWithXmlNamespaceRequest")
            == #"<XmlMapWithXmlNamespaceRequest><namespacedMap xmlns="https://the-member.example.com"><entry>"#
            + #"<K xmlns="https://the-key.example.com">a</K><V xmlns="https://the-value.example.com">A</V>"#
            + #"</entry></namespacedMap></XmlMapWithXmlNamespaceRequest>"#)
    }

    @Test func writesAStructurePayloadAsItsOwnRoot() throws {
        // HttpPayloadWithStructure
        let structure = try request(StructurePayloadInput<PlainPayload>(foo: "Foo", nested: NestedPayload(greeting: "hello", name: "Phreddy")))
        #expect(structure.headers["X-Foo"] == "Foo")
        #expect(String(decoding: structure.body, as: UTF8.self)
            == "<NestedPayload><greeting>hello</greeting><name>Phreddy</name></NestedPayload>")
        // HttpPayloadWithXmlNamespaceAndPrefix
        #expect(try body(StructurePayloadInput<PrefixedPayload>(nested: NestedPayload(name: "Phreddy")))
            == #"<PayloadWithXmlNamespaceAndPrefix xmlns:baz="http://foo.com"><name>Phreddy</name></PayloadWithXmlNamespaceAndPrefix>"#)
        // An unset payload is an empty body (BaseRestSerializer._serialize_empty_body).
        #expect(try request(StructurePayloadInput<PlainPayload>(foo: "Foo")).body.isEmpty)
        // legacy "Payload: structure with attribute and namespace prefix"
        let grant = GrantInput(grant: Grant(grantee: Grantee(type: "CanonicalUser", emailAddress: "foo@example.com")))
        #expect(try body(grant) == #"<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser">"#
            + "<EmailAddress>foo@example.com</EmailAddress></Grantee></Grant>")
    }

    @Test func writesABlobPayloadAsItIs() throws {
        // HttpPayloadTraitsWithBlob
        let request = try request(BlobPayloadInput(foo: "Foo", blob: Data("blobby blob blob".utf8)))
        #expect(request.headers["X-Foo"] == "Foo")
        #expect(String(decoding: request.body, as: UTF8.self) == "blobby blob blob")
    }

    @Test func fillsIdempotencyTokensUnderTheInputsName() throws {
        // legacy "Idempotency token auto fill": the operation names no root, which is the input shape's name.
        #expect(try body(InputShape()) == "<InputShape><Token>\(RequestHarness.token)</Token></InputShape>")
        #expect(try body(InputShape(token: "abc123")) == "<InputShape><Token>abc123</Token></InputShape>")
    }

    @Test func expandsTheHostPrefixFromABodyMember() throws {
        // RestXmlEndpointTraitWithHostLabel
        let request = try request(HostLabelInput(label: "bar"), root: "EndpointWithHostLabelOperationRequest", hostPrefix: "foo.{label}.")
        #expect(request.host == "foo.bar.example.com")
        #expect(String(decoding: request.body, as: UTF8.self)
            == "<EndpointWithHostLabelOperationRequest><label>bar</label></EndpointWithHostLabelOperationRequest>")
    }
}
