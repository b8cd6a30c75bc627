import AWSJSON

/// The inputs of an endpoint rule set, by parameter name (`Region`, `UseFIPS`, ...).
///
/// Parameters left out take the rule set's default, if it declares one.
public struct EndpointParameters: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// One parameter value, typed as the rules language types parameters.
    public enum Value: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
        ExpressibleByArrayLiteral
    {
        case string(String)
        case bool(Bool)
        case stringArray([String])

        public init(stringLiteral value: String) {
            self = .string(value)
        }

        public init(booleanLiteral value: Bool) {
            self = .bool(value)
        }

        public init(arrayLiteral elements: String...) {
            self = .stringArray(elements)
        }

        /// The value as the rules engine sees it.
        var jsonValue: JSONValue {
            switch self {
            case .string(let value): .string(value)
            case .bool(let value): .bool(value)
            case .stringArray(let values): .array(values.map(JSONValue.string))
            }
        }
    }

    /// The values by parameter name.
    public var values: [String: Value]

    /// Creates parameters from values by name.
    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.values = Dictionary(elements) { _, last in last }
    }

    /// The value of the parameter `name`, or `nil` when it is not given.
    public subscript(name: String) -> Value? {
        get { values[name] }
        set { values[name] = newValue }
    }
}
