import AWSEndpointRules

/// Reads the endpoint rules' parameters that an operation takes from its input: the members its `contextParams`
/// name, and the values of its `operationContextParams` expressions.
enum EndpointContextReader {
    /// The parameters of `operation` that `input` gives, by name; a member left nil gives none.
    static func parameters<Input: AWSEncodableShape>(_ operation: AWSOperation, _ input: Input) throws -> EndpointParameters {
        var parameters = EndpointParameters()
        if !operation.operationContextParams.isEmpty {
            // The expressions use the model's member names, as waiter paths do.
            let tree = try TreeEncoder(modelNames: true).encode(input)
            for (name, path) in operation.operationContextParams {
                let value: JSONValue
                do {
                    value = try path.evaluate(tree)
                } catch {
                    throw AWSRequestError(operation: operation.name, reason: "the endpoint parameter \(name) (\(path)): \(error)")
                }
                if let parameter = parameter(value) { parameters[name] = parameter }
            }
        }
        if !operation.contextParams.isEmpty {
            let encoder = MemberCaptureEncoder(keys: Set(operation.contextParams.values))
            try input.encode(to: encoder)
            for (name, key) in operation.contextParams {
                if let value = encoder.captured[key], let parameter = parameter(value) { parameters[name] = parameter }
            }
        }
        for (name, value) in operation.staticContextParams.values {
            parameters[name] = value
        }
        return parameters
    }

    /// The values `input` gives the top-level members whose coding keys are `keys`, by key; a member left nil gives
    /// none.
    static func members<Input: AWSEncodableShape>(_ keys: Set<String>, of input: Input) throws -> [String: JSONValue] {
        guard !keys.isEmpty else { return [:] }
        let encoder = MemberCaptureEncoder(keys: keys)
        try input.encode(to: encoder)
        return encoder.captured.filter { $0.value != .null }
    }

    /// A string, a boolean or a list of strings as a parameter value; nil for anything else (null included).
    private static func parameter(_ value: JSONValue) -> EndpointParameters.Value? {
        switch value {
        case .string(let text):
            return .string(text)
        case .bool(let flag):
            return .bool(flag)
        case .array(let elements):
            var strings: [String] = []
            for element in elements {
                guard case .string(let text) = element else { return nil }
                strings.append(text)
            }
            return .stringArray(strings)
        default:
            return nil
        }
    }
}

/// An encoder that keeps the top-level members named `keys` of the shape it encodes and skips every other member
/// without encoding it, so that reading a bucket name does not encode an upload's body.
final class MemberCaptureEncoder: Encoder {
    let keys: Set<String>
    var captured: [String: JSONValue] = [:]
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(keys: Set<String>) {
        self.keys = keys
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Members(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { Ignored<AWSCodingKey>() }

    func singleValueContainer() -> any SingleValueEncodingContainer { Ignored<AWSCodingKey>() }

    private struct Members<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: MemberCaptureEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {}

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            guard encoder.keys.contains(key.stringValue) else { return }
            encoder.captured[key.stringValue] = switch value {
            case let text as String: .string(text)
            case let flag as Bool: .bool(flag)
            default: try TreeEncoder().encode(value)
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Ignored<NestedKey>())
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { Ignored<Key>() }

        mutating func superEncoder() -> any Encoder { MemberCaptureEncoder(keys: []) }

        mutating func superEncoder(forKey key: Key) -> any Encoder { MemberCaptureEncoder(keys: []) }
    }

    /// A container that drops what it is given: the parts of the input that hold no context parameter.
    private struct Ignored<Key: CodingKey>: KeyedEncodingContainerProtocol, UnkeyedEncodingContainer,
        SingleValueEncodingContainer
    {
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }

        init() {}

        mutating func encodeNil(forKey key: Key) throws {}
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {}
        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> { KeyedEncodingContainer(Ignored<NestedKey>()) }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder() -> any Encoder { MemberCaptureEncoder(keys: []) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { MemberCaptureEncoder(keys: []) }
        mutating func encodeNil() throws {}
        mutating func encode<T: Encodable>(_ value: T) throws {}
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Ignored<NestedKey>())
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    }
}
