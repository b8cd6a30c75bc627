@_spi(Generated) import AWSRuntime
import AWSXML

/// The entries of a map, as botocore's `_handle_map` reads them: each entry element (whatever its name, or each
/// element of a flattened map) holds a key child and a value child, named by the layout (`key` and `value` by
/// default). A key that repeats takes its last value. An entry without a key or a value is left out.
final class XMLMapContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    private let entries: [(key: String, value: AWSXMLElement)]
    private let valueLayout: AWSCollectionLayout?
    private let path: XMLCodingPath?
    /// Where the next lookup starts: `Dictionary.init(from:)` asks for the keys in the order `allKeys` gives them.
    private var cursor = 0

    init(entries elements: [AWSXMLElement], layout: AWSCollectionLayout?, path: XMLCodingPath?) {
        var keyName = "key"
        var valueName = "value"
        var valueLayout: AWSCollectionLayout?
        if case .map(let key, _, let value, _, _, let element)? = layout {
            keyName = key ?? keyName
            valueName = value ?? valueName
            valueLayout = element
        }
        var entries: [(key: String, value: AWSXMLElement)] = []
        entries.reserveCapacity(elements.count)
        for entry in elements {
            var key: String?
            var value: AWSXMLElement?
            for part in entry.children {
                if part.name == keyName { key = part.text } else if part.name == valueName { value = part }
            }
            if let key, let value { entries.append((key, value)) }
        }
        self.entries = entries
        self.valueLayout = valueLayout
        self.path = path
    }

    var codingPath: [any CodingKey] { XMLCodingPath.keys(path) }

    var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { index(key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { index(key.stringValue) == nil }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let index = index(key.stringValue) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "no such map key"))
        }
        return try XMLValueDecoder.decode(type, .element(entries[index].value), layout: valueLayout, parent: path, key: key)
    }

    /// The index of an entry with key `name`, looked for from the cursor on and then from the start.
    private func index(_ name: String) -> Int? {
        let count = entries.count
        guard count > 0 else { return nil }
        let start = cursor < count ? cursor : 0
        var index = start
        repeat {
            if entries[index].key == name {
                cursor = index + 1
                return index
            }
            index = index + 1 == count ? 0 : index + 1
        } while index != start
        return nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try superDecoder(forKey: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try superDecoder(forKey: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        throw DecodingError.typeMismatch(
            Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "a map has no super decoder"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        guard let index = index(key.stringValue) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "no such map key"))
        }
        return XMLDecoding(value: .element(entries[index].value), layout: valueLayout, members: [], parent: path, key: key)
    }
}
