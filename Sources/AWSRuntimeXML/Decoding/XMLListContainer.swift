@_spi(Generated) import AWSRuntime
import AWSXML

/// The elements of a list, in document order, each read with the layout of the list's elements.
struct XMLListContainer: UnkeyedDecodingContainer {
    let items: [AWSXMLElement]
    let elementLayout: AWSCollectionLayout?
    let path: XMLCodingPath?
    var currentIndex = 0

    init(items: [AWSXMLElement], elementLayout: AWSCollectionLayout?, path: XMLCodingPath?) {
        self.items = items
        self.elementLayout = elementLayout
        self.path = path
    }

    var codingPath: [any CodingKey] { XMLCodingPath.keys(path) }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    /// An element is never null.
    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let index = try nextIndex()
        return try XMLValueDecoder.decode(type, .element(items[index]), layout: elementLayout, parent: path, key: XMLIndexKey(index))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try superDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try superDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let index = try nextIndex()
        return XMLDecoding(
            value: .element(items[index]), layout: elementLayout, members: [], parent: path, key: XMLIndexKey(index))
    }

    private mutating func nextIndex() throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "no more elements"))
        }
        defer { currentIndex += 1 }
        return currentIndex
    }
}
