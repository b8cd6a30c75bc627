@_spi(Generated) import AWSRuntime
import Foundation

// Shapes of the botocore suites' list and map cases, written as the generator writes them.

/// `StructureListMember`, whose members have wire names of their own.
struct StructureListMember: AWSEncodableShape, AWSDecodableShape, Equatable {
    let a: String?
    let b: String?

    init(a: String?, b: String?) {
        self.a = a
        self.b = b
    }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.a = try reader.decodeIfPresent("value")
        self.b = try reader.decodeIfPresent("other")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.a, "value")
        try writer.encodeIfPresent(self.b, "other")
    }
}

/// `XmlListsOutput` (query, ec2).
struct ListsOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let stringList: [String]?
    let stringSet: [String]?
    let integerList: [Int]?
    let booleanList: [Bool]?
    let timestampList: [Date]?
    let enumList: [FooEnum]?
    let nestedStringList: [[String]]?
    let renamedListMembers: [String]?
    let flattenedList: [String]?
    let flattenedList2: [String]?
    let flattenedListWithMemberNamespace: [String]?
    let structureList: [StructureListMember]?

    static let awsMembers = [
        AWSMember("customName", collection: .list(member: "item", flattened: true)),
        AWSMember("flattenedList", collection: .list(member: "item", flattened: true)),
        AWSMember("flattenedListWithMemberNamespace", collection: .list(flattened: true)),
        AWSMember("myStructureList", collection: .list(member: "item")),
        AWSMember("renamed", collection: .list(member: "item")),
    ]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.stringList = try reader.decodeIfPresent("stringList")
        self.stringSet = try reader.decodeIfPresent("stringSet")
        self.integerList = try reader.decodeIfPresent("integerList")
        self.booleanList = try reader.decodeIfPresent("booleanList")
        self.timestampList = try reader.decodeIfPresent("timestampList")
        self.enumList = try reader.decodeIfPresent("enumList")
        self.nestedStringList = try reader.decodeIfPresent("nestedStringList")
        self.renamedListMembers = try reader.decodeIfPresent("renamed")
        self.flattenedList = try reader.decodeIfPresent("flattenedList")
        self.flattenedList2 = try reader.decodeIfPresent("customName")
        self.flattenedListWithMemberNamespace = try reader.decodeIfPresent("flattenedListWithMemberNamespace")
        self.structureList = try reader.decodeIfPresent("myStructureList")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.stringList, "stringList")
        try writer.encodeIfPresent(self.stringSet, "stringSet")
        try writer.encodeIfPresent(self.integerList, "integerList")
        try writer.encodeIfPresent(self.booleanList, "booleanList")
        try writer.encodeIfPresent(self.timestampList, "timestampList")
        try writer.encodeIfPresent(self.enumList, "enumList")
        try writer.encodeIfPresent(self.nestedStringList, "nestedStringList")
        try writer.encodeIfPresent(self.renamedListMembers, "renamed")
        try writer.encodeIfPresent(self.flattenedList, "flattenedList")
        try writer.encodeIfPresent(self.flattenedList2, "customName")
        try writer.encodeIfPresent(self.flattenedListWithMemberNamespace, "flattenedListWithMemberNamespace")
        try writer.encodeIfPresent(self.structureList, "myStructureList")
    }
}

/// The legacy suites' `OutputShape` with a flattened list whose elements the list names (`NamedList`).
struct NamedFlattenedListOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let list: [String]?

    static let awsMembers = [AWSMember("List", collection: .list(member: "NamedList", flattened: true))]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.list = try reader.decodeIfPresent("List")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.list, "List")
    }
}

/// `GreetingStruct`.
struct GreetingStruct: AWSEncodableShape, AWSDecodableShape, Equatable {
    let hi: String?

    init(hi: String?) { self.hi = hi }

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.hi = try reader.decodeIfPresent("hi")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.hi, "hi")
    }
}

/// `XmlMapsOutput`: a map of structures, in default entries.
struct MapsOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let myMap: [String: GreetingStruct]?

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.myMap = try reader.decodeIfPresent("myMap")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.myMap, "myMap")
    }
}

/// `XmlMapsXmlNameResponse`: entries with renamed keys and values.
struct RenamedEntriesMapOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let myMap: [String: GreetingStruct]?

    static let awsMembers = [AWSMember("myMap", collection: .map(key: "Attribute", value: "Setting"))]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.myMap = try reader.decodeIfPresent("myMap")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.myMap, "myMap")
    }
}

/// `FlattenedXmlMapWithXmlNameOutput`: a flattened map named `KVP` with `K` and `V`.
struct FlattenedMapOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let myMap: [String: String]?

    static let awsMembers = [AWSMember("KVP", collection: .map(key: "K", value: "V", flattened: true))]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.myMap = try reader.decodeIfPresent("KVP")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.myMap, "KVP")
    }
}

/// `NestedXmlMapsResponse`: maps of maps, one flattened.
struct NestedMapsOutput: AWSEncodableShape, AWSDecodableShape, Equatable {
    let nestedMap: [String: [String: String]]?
    let flatNestedMap: [String: [String: String]]?

    static let awsMembers = [AWSMember("flatNestedMap", collection: .map(flattened: true))]

    init(from decoder: any Decoder) throws {
        let reader = try AWSKeyedReader(decoder)
        self.nestedMap = try reader.decodeIfPresent("nestedMap")
        self.flatNestedMap = try reader.decodeIfPresent("flatNestedMap")
    }

    func encode(to encoder: any Encoder) throws {
        var writer = AWSKeyedWriter(encoder)
        try writer.encodeIfPresent(self.nestedMap, "nestedMap")
        try writer.encodeIfPresent(self.flatNestedMap, "flatNestedMap")
    }
}
