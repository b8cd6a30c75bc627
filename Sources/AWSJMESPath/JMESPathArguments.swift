import AWSJSON

/// The evaluated arguments of one function call, read with the types the function's signature wants: each reader
/// throws `invalidType` for an argument of another type.
struct JMESPathArguments {
    private let function: JMESPathFunction
    private let arguments: [JMESPathArgument<JSONValue>]

    /// The arguments of a call of `function`, whose count the parser checked.
    init(_ function: JMESPathFunction, _ arguments: [JMESPathArgument<JSONValue>]) {
        self.function = function
        self.arguments = arguments
    }

    /// The number of arguments.
    var count: Int { arguments.count }

    /// Argument `index`, any value but an expression reference.
    func value(_ index: Int) throws(JMESPathError) -> JSONValue {
        try read(index, "a value") { $0 }
    }

    /// Argument `index`, a string.
    func string(_ index: Int) throws(JMESPathError) -> String {
        try read(index, "a string", \.stringValue)
    }

    /// Argument `index`, a number.
    func number(_ index: Int) throws(JMESPathError) -> Double {
        try read(index, "a number", \.doubleValue)
    }

    /// Argument `index`, an array.
    func array(_ index: Int) throws(JMESPathError) -> [JSONValue] {
        try read(index, "an array", \.arrayValue)
    }

    /// Argument `index`, an object.
    func object(_ index: Int) throws(JMESPathError) -> [String: JSONValue] {
        try read(index, "an object", \.objectValue)
    }

    /// Argument `index` as an array of `elements` (such as "numbers"), each of which `convert` accepts.
    func array<Element>(_ index: Int, of elements: String, _ convert: (JSONValue) -> Element?) throws(JMESPathError) -> [Element] {
        try read(index, "an array of \(elements)") { value in
            guard let array = value.arrayValue else { return nil }
            var converted: [Element] = []
            converted.reserveCapacity(array.count)
            for element in array {
                guard let next = convert(element) else { return nil }
                converted.append(next)
            }
            return converted
        }
    }

    /// Argument `index`, an expression reference (`&expression`).
    func expression(_ index: Int) throws(JMESPathError) -> JMESPathNode {
        guard case .expression(let expression) = arguments[index] else { throw invalidType(index, expected: "an expression (&...)") }
        return expression
    }

    /// Argument `index`, a value that `convert` accepts.
    private func read<Converted>(_ index: Int, _ expected: String, _ convert: (JSONValue) -> Converted?) throws(JMESPathError) -> Converted {
        guard case .value(let value) = arguments[index], let converted = convert(value) else {
            throw invalidType(index, expected: expected)
        }
        return converted
    }

    /// The error for argument `index`, which is not `expected` (such as "a string or an array").
    func invalidType(_ index: Int, expected: String) -> JMESPathError {
        let actual = switch arguments[index] {
        case .value(let value): value.jmesTypeName
        case .expression: "an expression"
        }
        return function.invalidType("argument \(index + 1) must be \(expected), not \(actual)")
    }
}
