@_spi(Generated) import AWSRuntime
import Foundation

// Inputs of botocore's rest-xml suites (`protocols/input/rest-xml.json` and `legacy/input/rest-xml.json`),
// written as the generator writes shapes. The root element's name comes from the operation, so one input
// serves the cases of several suite inputs.

/// `SimpleScalarPropertiesRequest`, with the members of `XmlBlobsRequest`, `XmlEmptyStringsRequest` and
/// `XmlTimestampsRequest`.
struct XmlScalarsInput: AWSEncodableShape, AWSDecodableShape {
    var foo: String?
    var stringValue: String?
    var trueBooleanValue: Bool?
    var falseBooleanValue: Bool?
    var integerValue: Int?
    var longValue: Int64?
    var floatValue: Float?
    var doubleValue: Double?
    var data: Data?
    var normal: Date?
    var epochSeconds: Date?
    var httpDate: Date?

    static var awsMembers: [AWSMember] {
        [
            AWSMember("X-Foo", .header("X-Foo")),
            AWSMember("epochSeconds", timestampFormat: .unixTimestamp),
            AWSMember("httpDate", timestampFormat: .rfc822),
        ]
    }

    init(foo: String? = nil, stringValue: String? = nil, trueBooleanValue: Bool? = nil, falseBooleanValue: Bool? = nil,
         integerValue: Int? = nil, longValue: Int64? = nil, floatValue: Float? = nil, doubleValue: Double? = nil,
         data: Data? = nil, normal: Date? = nil, epochSeconds: Date? = nil, httpDate: Date? = nil) {
        self.foo = foo
        self.stringValue = stringValue
        self.trueBooleanValue = trueBooleanValue
        self.falseBooleanValue = falseBooleanValue
        self.integerValue = integerValue
        self.longValue = longValue
        self.floatValue = floatValue
        self.doubleValue = doubleValue
        self.data = data
        self.normal = normal
        self.epochSeconds = epochSeconds
        self.httpDate = httpDate
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("X-Foo")
        self.stringValue = try reader.decodeIfPresent("stringValue")
        self.trueBooleanValue = try reader.decodeIfPresent("trueBooleanValue")
        self.falseBooleanValue = try reader.decodeIfPresent("falseBooleanValue")
        self.integerValue = try reader.decodeIfPresent("integerValue")
        self.longValue = try reader.decodeIfPresent("longValue")
        self.floatValue = try reader.decodeIfPresent("floatValue")
        self.doubleValue = try reader.decodeIfPresent("DoubleDribble")
        self.data = try reader.decodeIfPresent("data")
        self.normal = try reader.decodeIfPresent("normal")
        self.epochSeconds = try reader.decodeIfPresent("epochSeconds")
        self.httpDate = try reader.decodeIfPresent("httpDate")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "X-Foo")
        try writer.encodeIfPresent(self.stringValue, "stringValue")
        try writer.encodeIfPresent(self.trueBooleanValue, "trueBooleanValue")
        try writer.encodeIfPresent(self.falseBooleanValue, "falseBooleanValue")
        try writer.encodeIfPresent(self.integerValue, "integerValue")
        try writer.encodeIfPresent(self.longValue, "longValue")
        try writer.encodeIfPresent(self.floatValue, "floatValue")
        try writer.encodeIfPresent(self.doubleValue, "DoubleDribble")
        try writer.encodeIfPresent(self.data, "data")
        try writer.encodeIfPresent(self.normal, "normal")
        try writer.encodeIfPresent(self.epochSeconds, "epochSeconds")
        try writer.encodeIfPresent(self.httpDate, "httpDate")
    }
}

/// `XmlAttributesRequest`, which is also the payload of `XmlAttributesPayloadRequest`.
struct XmlAttributesInput: AWSEncodableShape, AWSDecodableShape {
    var foo: String?
    var attr: String?

    static var awsMembers: [AWSMember] { [AWSMember("test", xmlAttribute: true)] }

    init(foo: String? = nil, attr: String? = nil) {
        self.foo = foo
        self.attr = attr
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("foo")
        self.attr = try reader.decodeIfPresent("test")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "foo")
        try writer.encodeIfPresent(self.attr, "test")
    }
}

/// The lists of `XmlListsRequest` and `XmlEmptyListsRequest`, and the legacy suite's flattened and renamed lists.
struct XmlListsInput: AWSEncodableShape, AWSDecodableShape {
    var stringList: [String]?
    var booleanList: [Bool]?
    var nestedStringList: [[String]]?
    var flattenedList: [String]?
    var renamedList: [String]?
    var structureList: [QueryGreetingStruct]?

    static var awsMembers: [AWSMember] {
        [
            AWSMember("ListParam", collection: .list(flattened: true)),
            AWSMember("AlternateName", collection: .list(member: "NotMember")),
            AWSMember("myStructureList", collection: .list(member: "item")),
        ]
    }

    init(stringList: [String]? = nil, booleanList: [Bool]? = nil, nestedStringList: [[String]]? = nil,
         flattenedList: [String]? = nil, renamedList: [String]? = nil, structureList: [QueryGreetingStruct]? = nil) {
        self.stringList = stringList
        self.booleanList = booleanList
        self.nestedStringList = nestedStringList
        self.flattenedList = flattenedList
        self.renamedList = renamedList
        self.structureList = structureList
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.stringList = try reader.decodeIfPresent("stringList")
        self.booleanList = try reader.decodeIfPresent("booleanList")
        self.nestedStringList = try reader.decodeIfPresent("nestedStringList")
        self.flattenedList = try reader.decodeIfPresent("ListParam")
        self.renamedList = try reader.decodeIfPresent("AlternateName")
        self.structureList = try reader.decodeIfPresent("myStructureList")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.stringList, "stringList")
        try writer.encodeIfPresent(self.booleanList, "booleanList")
        try writer.encodeIfPresent(self.nestedStringList, "nestedStringList")
        try writer.encodeIfPresent(self.flattenedList, "ListParam")
        try writer.encodeIfPresent(self.renamedList, "AlternateName")
        try writer.encodeIfPresent(self.structureList, "myStructureList")
    }
}

/// `XmlMapsRequest`, and the maps of `FlattenedXmlMapWithXmlNameRequest`, `NestedXmlMapsRequest` and
/// `RestXmlXmlMapWithXmlNamespace`.
struct XmlMapsInput: AWSEncodableShape, AWSDecodableShape {
    var myMap: [String: QueryGreetingStruct]?
    var flattenedMapWithXmlName: [String: String]?
    var nestedMap: [String: [String: String]]?
    var flatNestedMap: [String: [String: String]]?
    var namespacedMap: [String: String]?

    static var awsMembers: [AWSMember] {
        [
            AWSMember("KVP", collection: .map(key: "K", value: "V", flattened: true)),
            AWSMember("flatNestedMap", collection: .map(flattened: true)),
            AWSMember(
                "namespacedMap",
                collection: .map(
                    key: "K", keyNamespace: AWSXMLNamespace("https://the-key.example.com"), value: "V",
                    valueNamespace: AWSXMLNamespace("https://the-value.example.com")),
                xmlNamespace: AWSXMLNamespace("https://the-member.example.com")),
        ]
    }

    init(myMap: [String: QueryGreetingStruct]? = nil, flattenedMapWithXmlName: [String: String]? = nil,
         nestedMap: [String: [String: String]]? = nil, flatNestedMap: [String: [String: String]]? = nil,
         namespacedMap: [String: String]? = nil) {
        self.myMap = myMap
        self.flattenedMapWithXmlName = flattenedMapWithXmlName
        self.nestedMap = nestedMap
        self.flatNestedMap = flatNestedMap
        self.namespacedMap = namespacedMap
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.myMap = try reader.decodeIfPresent("myMap")
        self.flattenedMapWithXmlName = try reader.decodeIfPresent("KVP")
        self.nestedMap = try reader.decodeIfPresent("nestedMap")
        self.flatNestedMap = try reader.decodeIfPresent("flatNestedMap")
        self.namespacedMap = try reader.decodeIfPresent("namespacedMap")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.myMap, "myMap")
        try writer.encodeIfPresent(self.flattenedMapWithXmlName, "KVP")
        try writer.encodeIfPresent(self.nestedMap, "nestedMap")
        try writer.encodeIfPresent(self.flatNestedMap, "flatNestedMap")
        try writer.encodeIfPresent(self.namespacedMap, "namespacedMap")
    }
}

/// `XmlNamespaceNested`.
struct XmlNamespaceNested: AWSEncodableShape, AWSDecodableShape {
    var foo: String?
    var values: [String]?

    static var awsMembers: [AWSMember] {
        [
            AWSMember("foo", xmlNamespace: AWSXMLNamespace("http://baz.com", prefix: "baz")),
            AWSMember(
                "values", collection: .list(memberNamespace: AWSXMLNamespace("http://bux.com")),
                xmlNamespace: AWSXMLNamespace("http://qux.com")),
        ]
    }

    init(foo: String? = nil, values: [String]? = nil) {
        self.foo = foo
        self.values = values
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("foo")
        self.values = try reader.decodeIfPresent("values")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "foo")
        try writer.encodeIfPresent(self.values, "values")
    }
}

/// `XmlNamespacesRequest`.
struct XmlNamespacesInput: AWSEncodableShape, AWSDecodableShape {
    var nested: XmlNamespaceNested?

    static var awsMembers: [AWSMember] { [AWSMember("nested", xmlNamespace: AWSXMLNamespace("http://foo.com"))] }

    init(nested: XmlNamespaceNested? = nil) {
        self.nested = nested
    }

    init(from decoder: any Decoder) throws {
        self.nested = try AWSKeyedReader(decoder).decodeIfPresent("nested")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.nested, "nested")
    }
}

/// `NestedPayload`.
struct NestedPayload: AWSEncodableShape, AWSDecodableShape {
    var greeting: String?
    var name: String?

    init(greeting: String? = nil, name: String? = nil) {
        self.greeting = greeting
        self.name = name
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.greeting = try reader.decodeIfPresent("greeting")
        self.name = try reader.decodeIfPresent("name")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.greeting, "greeting")
        try writer.encodeIfPresent(self.name, "name")
    }
}

/// `HttpPayloadWithStructureInputOutput`, and `HttpPayloadWithXmlNamespaceAndPrefixInputOutput` when
/// `namespaced`: a structure payload with a header beside it.
struct StructurePayloadInput<Naming: PayloadNaming>: AWSEncodableShape, AWSDecodableShape {
    var foo: String?
    var nested: NestedPayload?

    static var awsMembers: [AWSMember] {
        [AWSMember("X-Foo", .header("X-Foo")), AWSMember("nested", .payload, xmlNamespace: Naming.namespace, xmlName: Naming.name)]
    }

    init(foo: String? = nil, nested: NestedPayload? = nil) {
        self.foo = foo
        self.nested = nested
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("X-Foo")
        self.nested = try reader.decodeIfPresent("nested")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "X-Foo")
        try writer.encodeIfPresent(self.nested, "nested")
    }
}

/// The element name and namespace a `StructurePayloadInput`'s payload member has.
protocol PayloadNaming: Sendable {
    static var name: String { get }
    static var namespace: AWSXMLNamespace? { get }
}

/// `HttpPayloadWithStructure`'s payload: `NestedPayload`, no namespace.
enum PlainPayload: PayloadNaming {
    static var name: String { "NestedPayload" }
    static var namespace: AWSXMLNamespace? { nil }
}

/// `HttpPayloadWithXmlNamespaceAndPrefix`'s payload.
enum PrefixedPayload: PayloadNaming {
    static var name: String { "PayloadWithXmlNamespaceAndPrefix" }
    static var namespace: AWSXMLNamespace? { AWSXMLNamespace("http://foo.com", prefix: "baz") }
}

/// `HttpPayloadTraitsInputOutput`: a blob payload.
struct BlobPayloadInput: AWSEncodableShape, AWSDecodableShape {
    var foo: String?
    var blob: Data?

    static var awsMembers: [AWSMember] { [AWSMember("X-Foo", .header("X-Foo")), AWSMember("blob", .blobPayload)] }

    init(foo: String? = nil, blob: Data? = nil) {
        self.foo = foo
        self.blob = blob
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("X-Foo")
        self.blob = try reader.decodeIfPresent("blob")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "X-Foo")
        try writer.encodeIfPresent(self.blob, "blob")
    }
}

/// The legacy suite's `Grantee`: a namespace with a prefix, and an attribute in it.
struct Grantee: AWSEncodableShape, AWSDecodableShape {
    var type: String?
    var emailAddress: String?

    static var awsMembers: [AWSMember] { [AWSMember("xsi:type", xmlAttribute: true)] }

    init(type: String? = nil, emailAddress: String? = nil) {
        self.type = type
        self.emailAddress = emailAddress
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.type = try reader.decodeIfPresent("xsi:type")
        self.emailAddress = try reader.decodeIfPresent("EmailAddress")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.type, "xsi:type")
        try writer.encodeIfPresent(self.emailAddress, "EmailAddress")
    }
}

/// The legacy suite's `Grant`.
struct Grant: AWSEncodableShape, AWSDecodableShape {
    var grantee: Grantee?

    static var awsMembers: [AWSMember] {
        [AWSMember("Grantee", xmlNamespace: AWSXMLNamespace("http://www.w3.org/2001/XMLSchema-instance", prefix: "xsi"))]
    }

    init(grantee: Grantee? = nil) {
        self.grantee = grantee
    }

    init(from decoder: any Decoder) throws {
        self.grantee = try AWSKeyedReader(decoder).decodeIfPresent("Grantee")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.grantee, "Grantee")
    }
}

/// The legacy suite's input whose payload is a `Grant`.
struct GrantInput: AWSEncodableShape, AWSDecodableShape {
    var grant: Grant?

    static var awsMembers: [AWSMember] { [AWSMember("Grant", .payload)] }

    init(grant: Grant? = nil) {
        self.grant = grant
    }

    init(from decoder: any Decoder) throws {
        self.grant = try AWSKeyedReader(decoder).decodeIfPresent("Grant")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.grant, "Grant")
    }
}

/// The legacy suite's `InputShape` with an idempotency token, whose operation names no root element.
struct InputShape: AWSEncodableShape, AWSDecodableShape {
    var token: String?

    static var awsMembers: [AWSMember] { [AWSMember("Token", idempotencyToken: true)] }

    init(token: String? = nil) {
        self.token = token
    }

    init(from decoder: any Decoder) throws {
        self.token = try AWSKeyedReader(decoder).decodeIfPresent("Token")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.token, "Token")
    }
}
