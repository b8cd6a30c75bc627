import AWSJSON

/// The JMESPath built-in functions (https://jmespath.org/specification.html#built-in-functions).
enum JMESPathFunction: String, Sendable {
    case abs, avg, ceil, contains
    case endsWith = "ends_with"
    case floor, join, keys, length, map, max
    case maxBy = "max_by"
    case merge, min
    case minBy = "min_by"
    case notNull = "not_null"
    case reverse, sort
    case sortBy = "sort_by"
    case startsWith = "starts_with"
    case sum
    case toArray = "to_array"
    case toNumber = "to_number"
    case toString = "to_string"
    case type, values

    /// The number of parameters. A variadic function takes its last parameter one or more times.
    var parameterCount: Int {
        switch self {
        case .contains, .endsWith, .join, .map, .maxBy, .minBy, .sortBy, .startsWith: 2
        default: 1
        }
    }

    /// Whether the function takes its last parameter one or more times: `merge` and `not_null`.
    var isVariadic: Bool { self == .merge || self == .notNull }

    /// Applies the function to evaluated arguments, whose count the parser checked. Throws `invalidType` for an
    /// argument of the wrong type.
    func call(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        switch self {
        case .abs: try Self.absolute(arguments)
        case .avg: try Self.average(arguments)
        case .ceil: try Self.rounded(arguments, .up)
        case .floor: try Self.rounded(arguments, .down)
        case .sum: try Self.total(arguments)
        case .startsWith, .endsWith: try affix(arguments)
        case .join: try Self.joined(arguments)
        case .contains: try Self.contains(arguments)
        case .length: try Self.length(arguments)
        case .reverse: try Self.reversed(arguments)
        case .keys, .values: try members(arguments)
        case .merge: try Self.merged(arguments)
        case .notNull: try Self.firstNotNull(arguments)
        case .map: try Self.mapped(arguments)
        case .sort, .sortBy: .array(try ordering(arguments).sorted)
        case .max, .maxBy: try ordering(arguments).maximum
        case .min, .minBy: try ordering(arguments).minimum
        case .toArray: try Self.asArray(arguments)
        case .toNumber: try Self.asNumber(arguments)
        case .toString: try Self.asString(arguments)
        case .type: .string(try arguments.value(0).jmesTypeName)
        }
    }

    /// An `invalidType` error about this function's arguments, such as `sort() orders numbers or strings ...`.
    func invalidType(_ message: String) -> JMESPathError {
        JMESPathError(.invalidType, expression: "", message: "\(rawValue)() \(message)")
    }
}
