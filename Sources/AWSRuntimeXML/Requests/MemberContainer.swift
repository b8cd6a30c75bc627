/// An encoder of the XML protocols that takes a structure's members, or a map's entries, by key.
protocol MemberEncoding: AnyObject {
    /// Writes the member or map entry `key`.
    func encode<T: Encodable>(_ value: T, _ key: String) throws
    /// Writes a nil string member: a fresh token when it is an idempotency token, else nothing.
    func encodeAbsent(_ key: String) throws
}

/// The keyed container of a `MemberEncoding`, which hands it every member by its coding key.
struct MemberContainer<Encoding: MemberEncoding, Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: Encoding
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.encode(value, key.stringValue)
    }

    /// Through `AWSKeyedWriter.encodeAbsent`, where a nil idempotency token gets a value.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encoder.encode(value, key.stringValue) } else { try encoder.encodeAbsent(key.stringValue) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        NestedContainers.unsupported()
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NestedContainers.unsupported()
    }

    mutating func superEncoder() -> any Encoder { NestedContainers.unsupported() }

    mutating func superEncoder(forKey key: Key) -> any Encoder { NestedContainers.unsupported() }
}
