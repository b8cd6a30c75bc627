@_spi(Generated) import AWSRuntime
import Foundation

// Inputs of the botocore query and ec2 suites (`protocols/input/query.json`, `ec2.json` and the legacy files),
// written as the generator writes shapes.

/// `QueryFooEnum`.
struct QueryFooEnum: AWSEnum {
    let rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static var knownValues: [QueryFooEnum] { [] }
}

/// `SimpleInputParamsInput`, with the legacy ec2 suite's renamed members.
struct SimpleInputParamsInput: AWSEncodableShape, AWSDecodableShape {
    var foo: String?
    var bar: String?
    var baz: Bool?
    var bam: Int?
    var floatValue: Float?
    var boo: Double?
    var qux: Data?
    var fooEnum: QueryFooEnum?
    var hasQueryAndXmlName: String?
    var barLocationName: String?
    var yuck: String?

    static var awsMembers: [AWSMember] {
        [AWSMember("yuckLocationName", queryName: "yuckQueryName")]
    }

    init(foo: String? = nil, bar: String? = nil, baz: Bool? = nil, bam: Int? = nil, floatValue: Float? = nil,
         boo: Double? = nil, qux: Data? = nil, fooEnum: QueryFooEnum? = nil, hasQueryAndXmlName: String? = nil,
         barLocationName: String? = nil, yuck: String? = nil) {
        self.foo = foo
        self.bar = bar
        self.baz = baz
        self.bam = bam
        self.floatValue = floatValue
        self.boo = boo
        self.qux = qux
        self.fooEnum = fooEnum
        self.hasQueryAndXmlName = hasQueryAndXmlName
        self.barLocationName = barLocationName
        self.yuck = yuck
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("Foo")
        self.bar = try reader.decodeIfPresent("Bar")
        self.baz = try reader.decodeIfPresent("Baz")
        self.bam = try reader.decodeIfPresent("Bam")
        self.floatValue = try reader.decodeIfPresent("FloatValue")
        self.boo = try reader.decodeIfPresent("Boo")
        self.qux = try reader.decodeIfPresent("Qux")
        self.fooEnum = try reader.decodeIfPresent("QueryFooEnum")
        self.hasQueryAndXmlName = try reader.decodeIfPresent("hasQueryAndXmlName")
        self.barLocationName = try reader.decodeIfPresent("barLocationName")
        self.yuck = try reader.decodeIfPresent("yuckLocationName")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "Foo")
        try writer.encodeIfPresent(self.bar, "Bar")
        try writer.encodeIfPresent(self.baz, "Baz")
        try writer.encodeIfPresent(self.bam, "Bam")
        try writer.encodeIfPresent(self.floatValue, "FloatValue")
        try writer.encodeIfPresent(self.boo, "Boo")
        try writer.encodeIfPresent(self.qux, "Qux")
        try writer.encodeIfPresent(self.fooEnum, "QueryFooEnum")
        try writer.encodeIfPresent(self.hasQueryAndXmlName, "hasQueryAndXmlName")
        try writer.encodeIfPresent(self.barLocationName, "barLocationName")
        try writer.encodeIfPresent(self.yuck, "yuckLocationName")
    }
}

/// `NestedStructuresInput`'s `StructArg`: a structure that holds itself.
struct StructArg: AWSEncodableShape, AWSDecodableShape {
    var stringArg: String?
    var otherArg: Bool?
    @AWSIndirect var recursiveArg: StructArg?

    init(stringArg: String? = nil, otherArg: Bool? = nil, recursiveArg: StructArg? = nil) {
        self.stringArg = stringArg
        self.otherArg = otherArg
        self.recursiveArg = recursiveArg
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.stringArg = try reader.decodeIfPresent("StringArg")
        self.otherArg = try reader.decodeIfPresent("OtherArg")
        self.recursiveArg = try reader.decodeIfPresent("RecursiveArg")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.stringArg, "StringArg")
        try writer.encodeIfPresent(self.otherArg, "OtherArg")
        try writer.encodeIfPresent(self.recursiveArg, "RecursiveArg")
    }
}

/// `NestedStructuresInput`.
struct NestedStructuresInput: AWSEncodableShape, AWSDecodableShape {
    var nested: StructArg?

    init(nested: StructArg? = nil) {
        self.nested = nested
    }

    init(from decoder: any Decoder) throws {
        self.nested = try AWSKeyedReader(decoder).decodeIfPresent("Nested")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.nested, "Nested")
    }
}

/// `QueryGreetingStruct`.
struct QueryGreetingStruct: AWSEncodableShape, AWSDecodableShape {
    var hi: String?

    init(hi: String? = nil) {
        self.hi = hi
    }

    init(from decoder: any Decoder) throws {
        self.hi = try AWSKeyedReader(decoder).decodeIfPresent("hi")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.hi, "hi")
    }
}

/// `NestedStructWithList`.
struct NestedStructWithList: AWSEncodableShape, AWSDecodableShape {
    var listArg: [String]?

    init(listArg: [String]? = nil) {
        self.listArg = listArg
    }

    init(from decoder: any Decoder) throws {
        self.listArg = try AWSKeyedReader(decoder).decodeIfPresent("ListArg")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.listArg, "ListArg")
    }
}

/// `QueryListsInput` of the query and ec2 suites, with the legacy query suite's flattened list whose element
/// has a name (`NamedListArg`).
struct QueryListsInput: AWSEncodableShape, AWSDecodableShape {
    var listArg: [String]?
    var complexListArg: [QueryGreetingStruct]?
    var flattenedListArg: [String]?
    var listArgWithXmlNameMember: [String]?
    var listArgWithXmlName: [String]?
    var namedListArg: [String]?
    var nestedWithList: NestedStructWithList?

    static var awsMembers: [AWSMember] {
        [
            AWSMember("FlattenedListArg", collection: .list(flattened: true)),
            AWSMember("ListArgWithXmlNameMember", collection: .list(member: "item")),
            AWSMember("Hi", collection: .list(member: "item")),
            AWSMember("NamedListArg", collection: .list(member: "Foo", flattened: true)),
        ]
    }

    init(listArg: [String]? = nil, complexListArg: [QueryGreetingStruct]? = nil, flattenedListArg: [String]? = nil,
         listArgWithXmlNameMember: [String]? = nil, listArgWithXmlName: [String]? = nil, namedListArg: [String]? = nil,
         nestedWithList: NestedStructWithList? = nil) {
        self.listArg = listArg
        self.complexListArg = complexListArg
        self.flattenedListArg = flattenedListArg
        self.listArgWithXmlNameMember = listArgWithXmlNameMember
        self.listArgWithXmlName = listArgWithXmlName
        self.namedListArg = namedListArg
        self.nestedWithList = nestedWithList
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.listArg = try reader.decodeIfPresent("ListArg")
        self.complexListArg = try reader.decodeIfPresent("ComplexListArg")
        self.flattenedListArg = try reader.decodeIfPresent("FlattenedListArg")
        self.listArgWithXmlNameMember = try reader.decodeIfPresent("ListArgWithXmlNameMember")
        self.listArgWithXmlName = try reader.decodeIfPresent("Hi")
        self.namedListArg = try reader.decodeIfPresent("NamedListArg")
        self.nestedWithList = try reader.decodeIfPresent("NestedWithList")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.listArg, "ListArg")
        try writer.encodeIfPresent(self.complexListArg, "ComplexListArg")
        try writer.encodeIfPresent(self.flattenedListArg, "FlattenedListArg")
        try writer.encodeIfPresent(self.listArgWithXmlNameMember, "ListArgWithXmlNameMember")
        try writer.encodeIfPresent(self.listArgWithXmlName, "Hi")
        try writer.encodeIfPresent(self.namedListArg, "NamedListArg")
        try writer.encodeIfPresent(self.nestedWithList, "NestedWithList")
    }
}

/// `NestedStructWithMap`.
struct NestedStructWithMap: AWSEncodableShape, AWSDecodableShape {
    var mapArg: [String: String]?

    init(mapArg: [String: String]? = nil) {
        self.mapArg = mapArg
    }

    init(from decoder: any Decoder) throws {
        self.mapArg = try AWSKeyedReader(decoder).decodeIfPresent("MapArg")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.mapArg, "MapArg")
    }
}

/// `QueryMapsInput`.
struct QueryMapsInput: AWSEncodableShape, AWSDecodableShape {
    var mapArg: [String: String]?
    var renamedMapArg: [String: String]?
    var complexMapArg: [String: QueryGreetingStruct]?
    var mapWithXmlMemberName: [String: String]?
    var flattenedMap: [String: String]?
    var flattenedMapWithXmlName: [String: String]?
    var mapOfLists: [String: [String]]?
    var nestedStructWithMap: NestedStructWithMap?

    static var awsMembers: [AWSMember] {
        [
            AWSMember("MapWithXmlMemberName", collection: .map(key: "K", value: "V")),
            AWSMember("FlattenedMap", collection: .map(flattened: true)),
            AWSMember("Hi", collection: .map(key: "K", value: "V", flattened: true)),
        ]
    }

    init(mapArg: [String: String]? = nil, renamedMapArg: [String: String]? = nil,
         complexMapArg: [String: QueryGreetingStruct]? = nil, mapWithXmlMemberName: [String: String]? = nil,
         flattenedMap: [String: String]? = nil, flattenedMapWithXmlName: [String: String]? = nil,
         mapOfLists: [String: [String]]? = nil, nestedStructWithMap: NestedStructWithMap? = nil) {
        self.mapArg = mapArg
        self.renamedMapArg = renamedMapArg
        self.complexMapArg = complexMapArg
        self.mapWithXmlMemberName = mapWithXmlMemberName
        self.flattenedMap = flattenedMap
        self.flattenedMapWithXmlName = flattenedMapWithXmlName
        self.mapOfLists = mapOfLists
        self.nestedStructWithMap = nestedStructWithMap
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.mapArg = try reader.decodeIfPresent("MapArg")
        self.renamedMapArg = try reader.decodeIfPresent("Foo")
        self.complexMapArg = try reader.decodeIfPresent("ComplexMapArg")
        self.mapWithXmlMemberName = try reader.decodeIfPresent("MapWithXmlMemberName")
        self.flattenedMap = try reader.decodeIfPresent("FlattenedMap")
        self.flattenedMapWithXmlName = try reader.decodeIfPresent("Hi")
        self.mapOfLists = try reader.decodeIfPresent("MapOfLists")
        self.nestedStructWithMap = try reader.decodeIfPresent("NestedStructWithMap")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.mapArg, "MapArg")
        try writer.encodeIfPresent(self.renamedMapArg, "Foo")
        try writer.encodeIfPresent(self.complexMapArg, "ComplexMapArg")
        try writer.encodeIfPresent(self.mapWithXmlMemberName, "MapWithXmlMemberName")
        try writer.encodeIfPresent(self.flattenedMap, "FlattenedMap")
        try writer.encodeIfPresent(self.flattenedMapWithXmlName, "Hi")
        try writer.encodeIfPresent(self.mapOfLists, "MapOfLists")
        try writer.encodeIfPresent(self.nestedStructWithMap, "NestedStructWithMap")
    }
}

/// `QueryTimestampsInput`.
struct QueryTimestampsInput: AWSEncodableShape, AWSDecodableShape {
    var normalFormat: Date?
    var epochMember: Date?
    var epochTarget: Date?

    static var awsMembers: [AWSMember] {
        [
            AWSMember("epochMember", timestampFormat: .unixTimestamp),
            AWSMember("epochTarget", timestampFormat: .unixTimestamp),
        ]
    }

    init(normalFormat: Date? = nil, epochMember: Date? = nil, epochTarget: Date? = nil) {
        self.normalFormat = normalFormat
        self.epochMember = epochMember
        self.epochTarget = epochTarget
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.normalFormat = try reader.decodeIfPresent("normalFormat")
        self.epochMember = try reader.decodeIfPresent("epochMember")
        self.epochTarget = try reader.decodeIfPresent("epochTarget")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.normalFormat, "normalFormat")
        try writer.encodeIfPresent(self.epochMember, "epochMember")
        try writer.encodeIfPresent(self.epochTarget, "epochTarget")
    }
}

/// `QueryIdempotencyTokenAutoFillInput`.
struct QueryIdempotencyTokenAutoFillInput: AWSEncodableShape, AWSDecodableShape {
    var token: String?

    static var awsMembers: [AWSMember] { [AWSMember("token", idempotencyToken: true)] }

    init(token: String? = nil) {
        self.token = token
    }

    init(from decoder: any Decoder) throws {
        self.token = try AWSKeyedReader(decoder).decodeIfPresent("token")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.token, "token")
    }
}

/// `HostLabelInput`.
struct HostLabelInput: AWSEncodableShape, AWSDecodableShape {
    var label: String

    init(label: String) {
        self.label = label
    }

    init(from decoder: any Decoder) throws {
        self.label = try AWSKeyedReader(decoder).decode("label")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encode(self.label, "label")
    }
}
