import AWSJSON

/// The JMESPath built-in functions this implementation supports: those AWS waiters use, and a few
/// of their kind.
enum JMESPathFunction: String, Sendable {
    case contains
    case endsWith = "ends_with"
    case keys
    case length
    case notNull = "not_null"
    case startsWith = "starts_with"
    case type
    case values

    /// The number of arguments, or nil for `not_null`, which takes one or more.
    var arity: Int? {
        switch self {
        case .contains, .endsWith, .startsWith: 2
        case .keys, .length, .type, .values: 1
        case .notNull: nil
        }
    }

    /// Applies the function to evaluated arguments, whose count the parser checked.
    func call(_ arguments: [JSONValue]) throws(JMESPathError) -> JSONValue {
        switch self {
        case .length:
            switch arguments[0] {
            case .string(let text): return .int(Int64(text.unicodeScalars.count))
            case .array(let elements): return .int(Int64(elements.count))
            case .object(let members): return .int(Int64(members.count))
            default: throw invalidType(arguments[0], expected: "a string, array or object")
            }
        case .contains:
            switch arguments[0] {
            case .array(let elements): return .bool(elements.contains { $0.jmesEquals(arguments[1]) })
            case .string(let text):
                guard case .string(let search) = arguments[1] else { return .bool(false) }
                return .bool(search.isEmpty || text.contains(search))
            default: throw invalidType(arguments[0], expected: "a string or array")
            }
        case .startsWith, .endsWith:
            guard case .string(let text) = arguments[0] else { throw invalidType(arguments[0], expected: "a string") }
            guard case .string(let affix) = arguments[1] else { throw invalidType(arguments[1], expected: "a string") }
            let scalars = Array(text.unicodeScalars), affixScalars = Array(affix.unicodeScalars)
            return .bool(self == .startsWith ? scalars.starts(with: affixScalars) : scalars.reversed().starts(with: affixScalars.reversed()))
        case .keys, .values:
            guard case .object(let members) = arguments[0] else { throw invalidType(arguments[0], expected: "an object") }
            let keys = members.keys.sorted()
            return .array(self == .keys ? keys.map(JSONValue.string) : keys.map { members[$0]! })
        case .notNull:
            return arguments.first { $0 != .null } ?? .null
        case .type:
            return .string(Self.typeName(arguments[0]))
        }
    }

    /// The JMESPath type name of `value`.
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .int, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    private func invalidType(_ value: JSONValue, expected: String) -> JMESPathError {
        JMESPathError(.invalidType, expression: "", message: "\(rawValue)() expects \(expected), got \(Self.typeName(value))")
    }
}
