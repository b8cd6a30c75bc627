import AWSJSON

/// The functions on arrays, objects and strings as sequences: `contains`, `length`, `reverse`, `keys`, `values`,
/// `merge`, `map` and `not_null`.
extension JMESPathFunction {
    /// `contains(array, any)`, by JMESPath equality, or `contains(string, string)`, by code point; false for a
    /// string and a search that is not one.
    static func contains(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let search = try arguments.value(1)
        switch try arguments.value(0) {
        case .array(let elements): return .bool(elements.contains { $0.jmesEquals(search) })
        case .string(let text):
            guard case .string(let searched) = search else { return .bool(false) }
            return .bool(text.unicodeScalars.firstRange(of: searched.unicodeScalars) != nil)
        default: throw arguments.invalidType(0, expected: "an array or a string")
        }
    }

    /// `length(string | array | object)`: code points, elements or members.
    static func length(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        switch try arguments.value(0) {
        case .string(let text): .int(Int64(text.unicodeScalars.count))
        case .array(let elements): .int(Int64(elements.count))
        case .object(let members): .int(Int64(members.count))
        default: throw arguments.invalidType(0, expected: "a string, an array or an object")
        }
    }

    /// `reverse(array | string)`; a string by code point.
    static func reversed(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        switch try arguments.value(0) {
        case .array(let elements): .array(elements.reversed())
        case .string(let text): .string(String(String.UnicodeScalarView(text.unicodeScalars.reversed())))
        default: throw arguments.invalidType(0, expected: "an array or a string")
        }
    }

    /// `keys(object)` and `values(object)`, both by key, so that the order does not depend on hashing.
    func members(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let members = try arguments.object(0).jmesSorted
        return .array(self == .keys ? members.map { .string($0.key) } : members.map(\.value))
    }

    /// `merge(object, ...)`: later members replace earlier ones of the same key.
    static func merged(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        var merged = try arguments.object(0)
        for index in 1..<arguments.count {
            merged.merge(try arguments.object(index)) { $1 }
        }
        return .object(merged)
    }

    /// `not_null(any, ...)`: the first argument that is not null, else null.
    static func firstNotNull(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        for index in 0..<arguments.count {
            let value = try arguments.value(index)
            if value != .null { return value }
        }
        return .null
    }

    /// `map(&expression, array)`: the expression on each element, nulls included.
    static func mapped(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let expression = try arguments.expression(0)
        var results: [JSONValue] = []
        for element in try arguments.array(1) { results.append(try expression.evaluate(element)) }
        return .array(results)
    }
}
