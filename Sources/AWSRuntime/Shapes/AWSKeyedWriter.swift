/// Writes the members of a structure or a union by wire name, for generated `encode(to:)`.
///
/// Request bodies are written straight to the body encoder, without a keyed container per shape; any other
/// encoder goes through a keyed container.
@_spi(Generated) public struct AWSKeyedWriter {
    /// The request body encoder, when writing to one.
    private let body: JSONBodyEncoding?
    /// The keyed container of any other encoder.
    private var container: KeyedEncodingContainer<AWSCodingKey>?

    /// A structure in `encoder`.
    public init(_ encoder: any Encoder) {
        if let body = Self.bodyEncoder(encoder) {
            body.beginObject()
            self.body = body
            container = nil
        } else {
            body = nil
            container = encoder.container(keyedBy: AWSCodingKey.self)
        }
    }

    /// `encoder` as the request body encoder, when it is one: a comparison of type metadata, where `as?` makes
    /// a dynamic cast on every shape written.
    private static func bodyEncoder<E: Encoder>(_ encoder: E) -> JSONBodyEncoding? {
        E.self == JSONBodyEncoding.self ? unsafeBitCast(encoder, to: JSONBodyEncoding.self) : nil
    }

    /// A required member.
    public mutating func encode<T: AWSMemberEncodable>(_ value: T, _ key: String) throws {
        if let body {
            try body.writeMember(value, name: key)
        } else {
            try container?.encode(value, forKey: AWSCodingKey(stringValue: key))
        }
    }

    /// An optional member, left out when nil.
    ///
    /// Inlined into generated code, where unwrapping the optional needs no lookup of its type.
    @inlinable
    public mutating func encodeIfPresent<T: AWSMemberEncodable>(_ value: T?, _ key: String) throws {
        if let value {
            try encode(value, key)
        } else {
            try encodeAbsent(key)
        }
    }

    /// A member that is nil: left out, unless it is an idempotency token, which gets a fresh value.
    public mutating func encodeAbsent(_ key: String) throws {
        if let body {
            try body.writeIdempotencyToken(key)
        } else {
            // Through the `String?` overload, where the request encoder fills in an idempotency token.
            try container?.encodeIfPresent(String?.none, forKey: AWSCodingKey(stringValue: key))
        }
    }
}
