/// Stores a member on the heap, so that structures that contain themselves have a finite size.
@propertyWrapper
public struct AWSIndirect<Value: Sendable>: Sendable {
    private final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value) {
        storage = Storage(wrappedValue)
    }

    /// The stored value.
    public var wrappedValue: Value {
        get { storage.value }
        set { storage = Storage(newValue) }
    }
}

extension AWSIndirect: Decodable where Value: Decodable {
    /// Decodes the wrapped value.
    public init(from decoder: any Decoder) throws {
        storage = Storage(try Value(from: decoder))
    }
}

extension AWSIndirect: Encodable where Value: Encodable {
    /// Encodes the wrapped value.
    public func encode(to encoder: any Encoder) throws {
        try storage.value.encode(to: encoder)
    }
}

extension AWSIndirect: Equatable where Value: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wrappedValue == rhs.wrappedValue }
}
