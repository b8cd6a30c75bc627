import AWSJSON

/// How JMESPath sees JSON values: types, truthiness, equality and order.
extension JSONValue {
    /// The JMESPath type name: `null`, `boolean`, `number`, `string`, `array` or `object`.
    var jmesTypeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .int, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// JMESPath truthiness: false, null, and empty strings, arrays and objects are false.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .string(let value): !value.isEmpty
        case .array(let value): !value.isEmpty
        case .object(let value): !value.isEmpty
        case .int, .double: true
        }
    }

    /// Equality as JMESPath defines it: deep, with numbers compared by value (`1 == 1.0`) and strings by code point.
    package func jmesEquals(_ other: JSONValue) -> Bool {
        switch (self, other) {
        case (.int, .double), (.double, .int), (.double, .double): return doubleValue == other.doubleValue
        case (.string(let lhs), .string(let rhs)): return lhs.unicodeScalars.elementsEqual(rhs.unicodeScalars)
        case (.array(let lhs), .array(let rhs)):
            return lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.jmesEquals($1) }
        case (.object(let lhs), .object(let rhs)):
            return lhs.count == rhs.count && lhs.allSatisfy { key, value in rhs[key].map(value.jmesEquals) ?? false }
        default: return self == other
        }
    }

    /// Whether this orders before `other` in `sort` and its kin: numbers by value, strings by code point. Values
    /// of other types, or of two different types, do not order.
    func jmesPrecedes(_ other: JSONValue) -> Bool {
        switch (self, other) {
        case (.int(let lhs), .int(let rhs)): lhs < rhs
        case (.string(let lhs), .string(let rhs)): lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
        default: if let lhs = doubleValue, let rhs = other.doubleValue { lhs < rhs } else { false }
        }
    }
}

extension [String: JSONValue] {
    /// The members by key, in code point order, so that what JMESPath gives does not depend on hashing.
    var jmesSorted: [(key: String, value: JSONValue)] {
        sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
    }
}
