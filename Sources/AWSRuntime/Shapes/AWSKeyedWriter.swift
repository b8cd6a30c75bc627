/// Writes the members of a structure or a union by wire name, for generated `encode(to:)`.
@_spi(Generated) public struct AWSKeyedWriter {
    private var container: KeyedEncodingContainer<AWSCodingKey>

    /// A structure in `encoder`.
    public init(_ encoder: any Encoder) {
        container = encoder.container(keyedBy: AWSCodingKey.self)
    }

    /// A required member.
    public mutating func encode<T: Encodable>(_ value: T, _ key: String) throws {
        try container.encode(value, forKey: AWSCodingKey(stringValue: key))
    }

    /// An optional member, left out when nil.
    public mutating func encodeIfPresent<T: Encodable>(_ value: T?, _ key: String) throws {
        if let value {
            try container.encode(value, forKey: AWSCodingKey(stringValue: key))
        } else {
            // Through the `String?` overload, where the request encoder fills in an idempotency token.
            try container.encodeIfPresent(String?.none, forKey: AWSCodingKey(stringValue: key))
        }
    }
}
