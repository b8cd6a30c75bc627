/// The JMESPath built-in functions (https://jmespath.org/specification.html#built-in-functions) this
/// implementation supports.
enum JMESPathFunction: String, Sendable {
    case contains
    case endsWith = "ends_with"
    case keys, length, map, max
    case maxBy = "max_by"
    case min
    case minBy = "min_by"
    case notNull = "not_null"
    case sort
    case sortBy = "sort_by"
    case startsWith = "starts_with"
    case type, values

    /// The number of parameters. A variadic function takes its last parameter one or more times.
    var parameterCount: Int {
        switch self {
        case .contains, .endsWith, .map, .maxBy, .minBy, .sortBy, .startsWith: 2
        default: 1
        }
    }

    /// Whether the function takes its last parameter one or more times: `not_null`.
    var isVariadic: Bool { self == .notNull }

    /// Applies the function to evaluated arguments, whose count the parser checked. Throws `invalidType` for an
    /// argument of the wrong type.
    func call(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        switch self {
        case .startsWith, .endsWith: try affix(arguments)
        case .contains: try Self.contains(arguments)
        case .length: try Self.length(arguments)
        case .keys, .values: try members(arguments)
        case .notNull: try Self.firstNotNull(arguments)
        case .map: try Self.mapped(arguments)
        case .sort, .sortBy: .array(try ordering(arguments).sorted)
        case .max, .maxBy: try ordering(arguments).maximum
        case .min, .minBy: try ordering(arguments).minimum
        case .type: .string(try arguments.value(0).jmesTypeName)
        }
    }

    /// An `invalidType` error about this function's arguments, such as `sort() orders numbers or strings ...`.
    func invalidType(_ message: String) -> JMESPathError {
        JMESPathError(.invalidType, expression: "", message: "\(rawValue)() \(message)")
    }
}
