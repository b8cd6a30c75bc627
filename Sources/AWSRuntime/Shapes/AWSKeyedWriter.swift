/// Writes the members of a structure or a union by wire name, for generated `encode(to:)`.
///
/// Request bodies are written straight to the body encoder, without a keyed container per shape; any other
/// encoder goes through a keyed container.
@_spi(Generated) public struct AWSKeyedWriter {
    private enum Target {
        case body(JSONBodyEncoding)
        case container(KeyedEncodingContainer<AWSCodingKey>)
    }

    private var target: Target

    /// A structure in `encoder`.
    public init(_ encoder: any Encoder) {
        if let body = encoder as? JSONBodyEncoding {
            body.beginObject()
            target = .body(body)
        } else {
            target = .container(encoder.container(keyedBy: AWSCodingKey.self))
        }
    }

    /// A required member.
    public mutating func encode<T: Encodable>(_ value: T, _ key: String) throws {
        switch target {
        case .body(let body):
            try body.writeMember(value, name: key, key: AWSCodingKey(stringValue: key))
        case .container(var container):
            try container.encode(value, forKey: AWSCodingKey(stringValue: key))
            target = .container(container)
        }
    }

    /// An optional member, left out when nil.
    public mutating func encodeIfPresent<T: Encodable>(_ value: T?, _ key: String) throws {
        if let value {
            try encode(value, key)
            return
        }
        switch target {
        case .body(let body):
            try body.writeIdempotencyToken(key)
        case .container(var container):
            // Through the `String?` overload, where the request encoder fills in an idempotency token.
            try container.encodeIfPresent(String?.none, forKey: AWSCodingKey(stringValue: key))
            target = .container(container)
        }
    }
}
