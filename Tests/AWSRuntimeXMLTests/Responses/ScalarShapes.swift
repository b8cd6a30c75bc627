@_spi(Generated) import AWSRuntime
import Foundation

// Shapes of the botocore suites' scalar cases, written as the generator writes them.

/// `SimpleScalarXmlPropertiesOutput` (query, ec2) and rest-xml's `SimpleScalarPropertiesResponse`, whose `foo`
/// is the `X-Foo` header.
struct SimpleScalarsOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let foo: String?
    let stringValue: String?
    let emptyStringValue: String?
    let trueBooleanValue: Bool?
    let falseBooleanValue: Bool?
    let byteValue: Int?
    let shortValue: Int?
    let integerValue: Int?
    let longValue: Int64?
    let floatValue: Float?
    let doubleValue: Double?

    static let awsMembers = [AWSMember("X-Foo", .header("X-Foo"))]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.foo = try reader.decodeIfPresent("X-Foo")
        self.stringValue = try reader.decodeIfPresent("stringValue")
        self.emptyStringValue = try reader.decodeIfPresent("emptyStringValue")
        self.trueBooleanValue = try reader.decodeIfPresent("trueBooleanValue")
        self.falseBooleanValue = try reader.decodeIfPresent("falseBooleanValue")
        self.byteValue = try reader.decodeIfPresent("byteValue")
        self.shortValue = try reader.decodeIfPresent("shortValue")
        self.integerValue = try reader.decodeIfPresent("integerValue")
        self.longValue = try reader.decodeIfPresent("longValue")
        self.floatValue = try reader.decodeIfPresent("floatValue")
        self.doubleValue = try reader.decodeIfPresent("DoubleDribble")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.foo, "X-Foo")
        try writer.encodeIfPresent(self.stringValue, "stringValue")
        try writer.encodeIfPresent(self.emptyStringValue, "emptyStringValue")
        try writer.encodeIfPresent(self.trueBooleanValue, "trueBooleanValue")
        try writer.encodeIfPresent(self.falseBooleanValue, "falseBooleanValue")
        try writer.encodeIfPresent(self.byteValue, "byteValue")
        try writer.encodeIfPresent(self.shortValue, "shortValue")
        try writer.encodeIfPresent(self.integerValue, "integerValue")
        try writer.encodeIfPresent(self.longValue, "longValue")
        try writer.encodeIfPresent(self.floatValue, "floatValue")
        try writer.encodeIfPresent(self.doubleValue, "DoubleDribble")
    }
}

/// `XmlTimestampsOutput`: one member per timestamp format.
struct TimestampsOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let normal: Date?
    let dateTime: Date?
    let epochSeconds: Date?
    let httpDate: Date?

    static let awsMembers = [
        AWSMember("dateTime", timestampFormat: .iso8601), AWSMember("epochSeconds", timestampFormat: .unixTimestamp),
        AWSMember("httpDate", timestampFormat: .rfc822),
    ]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.normal = try reader.decodeIfPresent("normal")
        self.dateTime = try reader.decodeIfPresent("dateTime")
        self.epochSeconds = try reader.decodeIfPresent("epochSeconds")
        self.httpDate = try reader.decodeIfPresent("httpDate")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.normal, "normal")
        try writer.encodeIfPresent(self.dateTime, "dateTime")
        try writer.encodeIfPresent(self.epochSeconds, "epochSeconds")
        try writer.encodeIfPresent(self.httpDate, "httpDate")
    }
}

/// `XmlBlobsOutput`.
struct BlobsOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let data: Data?

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.data = try reader.decodeIfPresent("data")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.data, "data")
    }
}

/// `FooEnum`: an open enum.
struct FooEnum: AWSEnum {
    let rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static let foo = FooEnum(rawValue: "Foo")
    static let zero = FooEnum(rawValue: "0")
    static let knownValues: [FooEnum] = [.foo, .zero]
}

/// `XmlEnumsOutput`.
struct EnumsOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let fooEnum1: FooEnum?
    let fooEnum2: FooEnum?
    let fooEnum3: FooEnum?
    let fooEnumList: [FooEnum]?
    let fooEnumMap: [String: FooEnum]?

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.fooEnum1 = try reader.decodeIfPresent("fooEnum1")
        self.fooEnum2 = try reader.decodeIfPresent("fooEnum2")
        self.fooEnum3 = try reader.decodeIfPresent("fooEnum3")
        self.fooEnumList = try reader.decodeIfPresent("fooEnumList")
        self.fooEnumMap = try reader.decodeIfPresent("fooEnumMap")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.fooEnum1, "fooEnum1")
        try writer.encodeIfPresent(self.fooEnum2, "fooEnum2")
        try writer.encodeIfPresent(self.fooEnum3, "fooEnum3")
        try writer.encodeIfPresent(self.fooEnumList, "fooEnumList")
        try writer.encodeIfPresent(self.fooEnumMap, "fooEnumMap")
    }
}
