@_spi(Generated) import AWSRuntime
import Foundation

// Shapes of the botocore suites' structure, union, attribute and payload cases, written as the generator
// writes them.

/// `RecursiveXmlShapesOutputNested1`.
struct RecursiveNested1: AWSEncodableShape, AWSDecodableShape, Equatable {
    let foo: String?
    let nested: RecursiveNested2?

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("foo")
        self.nested = try reader.decodeIfPresent("nested")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "foo")
        try writer.encodeIfPresent(self.nested, "nested")
    }
}

/// `RecursiveXmlShapesOutputNested2`, which holds a `RecursiveNested1` again.
struct RecursiveNested2: AWSEncodableShape, AWSDecodableShape, Equatable {
    let bar: String?
    @AWSIndirect var recursiveMember: RecursiveNested1?

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.bar = try reader.decodeIfPresent("bar")
        self.recursiveMember = try reader.decodeIfPresent("recursiveMember")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.bar, "bar")
        try writer.encodeIfPresent(self.recursiveMember, "recursiveMember")
    }
}

/// `RecursiveXmlShapesOutput`.
struct RecursiveOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let nested: RecursiveNested1?

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.nested = try reader.decodeIfPresent("nested")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.nested, "nested")
    }
}

/// `XmlUnionShape`, with a union member and a list member.
indirect enum UnionShape: AWSEncodableShape, AWSDecodableShape, Equatable {
    case stringValue(String)
    case booleanValue(Bool)
    case listValue([String])
    case unionValue(UnionShape)
    /// A member that this version of the model does not know, by its name.
    case sdkUnknown(String)

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        for key in reader.memberKeys {
            switch key {
            case "stringValue": self = .stringValue(try reader.decode(key))
            case "booleanValue": self = .booleanValue(try reader.decode(key))
            case "listValue": self = .listValue(try reader.decode(key))
            case "unionValue": self = .unionValue(try reader.decode(key))
            default: continue
            }
            return
        }
        self = .sdkUnknown(try AWSUnionCoding.unknownMember(decoder))
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        switch self {
        case .stringValue(let value): try writer.encode(value, "stringValue")
        case .booleanValue(let value): try writer.encode(value, "booleanValue")
        case .listValue(let value): try writer.encode(value, "listValue")
        case .unionValue(let value): try writer.encode(value, "unionValue")
        case .sdkUnknown(let name): try AWSUnionCoding.encodeUnknownMember(name, to: encoder)
        }
    }
}

/// `XmlUnionsResponse`.
struct UnionsOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let unionValue: UnionShape?

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.unionValue = try reader.decodeIfPresent("unionValue")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.unionValue, "unionValue")
    }
}

/// `XmlAttributesResponse` and `XmlAttributesPayloadResponse`: `attr` is the root's `test` attribute.
struct AttributesShape: AWSEncodableShape, AWSDecodableShape, Equatable {
    let foo: String?
    let attr: String?

    static let awsMembers = [AWSMember("test", xmlAttribute: true)]

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

/// `XmlAttributesOnPayloadResponse`: the payload is a structure with an attribute.
struct AttributesPayloadOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let payload: AttributesShape?

    static let awsMembers = [AWSMember("payload", .payload, xmlName: "XmlAttributesPayloadResponse")]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.payload = try reader.decodeIfPresent("payload")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.payload, "payload")
    }
}

/// `HttpPayloadWithUnionInputOutput`: the payload is a union.
struct UnionPayloadOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let nested: UnionShape?

    static let awsMembers = [AWSMember("nested", .payload, xmlName: "UnionPayload")]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.nested = try reader.decodeIfPresent("nested")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.nested, "nested")
    }
}

/// `HttpPayloadTraitsInputOutput`: a blob payload and a header.
struct BlobPayloadOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let foo: String?
    let blob: Data?

    static let awsMembers = [AWSMember("X-Foo", .header("X-Foo")), AWSMember("blob", .blobPayload)]

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

/// `StringPayloadInput` and `EnumPayloadInput`: a string (or enum) payload.
struct TextPayloadOutput<Payload: Codable & Sendable & Equatable & AWSMemberEncodable>: AWSEncodableShape, AWSDecodableShape, Equatable {
    let payload: Payload?

    static var awsMembers: [AWSMember] { [AWSMember("payload", .stringPayload)] }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.payload = try reader.decodeIfPresent("payload")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.payload, "payload")
    }
}

/// `InputAndOutputWithHeadersIO`, `HttpPrefixHeadersInputOutput` and `HttpResponseCodeOutput` in one: members
/// bound to headers, prefixed headers and the status code.
struct HeadersOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let headerInteger: Int?
    let headerFloat: Float?
    let headerTrueBool: Bool?
    let headerIntegerList: [Int]?
    let headerTimestampList: [Date]?
    let fooMap: [String: String]?
    let status: Int?

    static let awsMembers = [
        AWSMember("Status", .statusCode), AWSMember("X-Float", .header("X-Float")),
        AWSMember("X-Boolean1", .header("X-Boolean1")), AWSMember("X-Integer", .header("X-Integer")),
        AWSMember("X-IntegerList", .header("X-IntegerList")), AWSMember("X-TimestampList", .header("X-TimestampList")),
        AWSMember("fooMap", .headers(prefix: "x-foo-")),
    ]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.headerInteger = try reader.decodeIfPresent("X-Integer")
        self.headerFloat = try reader.decodeIfPresent("X-Float")
        self.headerTrueBool = try reader.decodeIfPresent("X-Boolean1")
        self.headerIntegerList = try reader.decodeIfPresent("X-IntegerList")
        self.headerTimestampList = try reader.decodeIfPresent("X-TimestampList")
        self.fooMap = try reader.decodeIfPresent("fooMap")
        self.status = try reader.decodeIfPresent("Status")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.headerInteger, "X-Integer")
        try writer.encodeIfPresent(self.headerFloat, "X-Float")
        try writer.encodeIfPresent(self.headerTrueBool, "X-Boolean1")
        try writer.encodeIfPresent(self.headerIntegerList, "X-IntegerList")
        try writer.encodeIfPresent(self.headerTimestampList, "X-TimestampList")
        try writer.encodeIfPresent(self.fooMap, "fooMap")
        try writer.encodeIfPresent(self.status, "Status")
    }
}
