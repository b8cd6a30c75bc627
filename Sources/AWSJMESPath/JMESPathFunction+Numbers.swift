import AWSJSON

/// The functions on numbers: `abs`, `avg`, `ceil`, `floor` and `sum`.
extension JMESPathFunction {
    /// `abs(number)`; an integer stays exact.
    static func absolute(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        if case .int(let value) = try arguments.value(0), value != .min { return .int(Swift.abs(value)) }
        return .double(Swift.abs(try arguments.number(0)))
    }

    /// `avg(array[number])`; null for an empty array.
    static func average(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let numbers = try arguments.array(0, of: "numbers", \.doubleValue)
        return numbers.isEmpty ? .null : .double(numbers.reduce(0, +) / Double(numbers.count))
    }

    /// `ceil(number)` and `floor(number)`: an integer when it fits.
    static func rounded(_ arguments: JMESPathArguments, _ rule: FloatingPointRoundingRule) throws(JMESPathError) -> JSONValue {
        let value = try arguments.value(0)
        if case .int = value { return value }
        return .jmesNumber(try arguments.number(0).rounded(rule))
    }

    /// `sum(array[number])`, added as doubles: 0 for an empty array, and an integer when the sum is a whole
    /// number that fits.
    static func total(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        .jmesNumber(try arguments.array(0, of: "numbers", \.doubleValue).reduce(0, +))
    }
}

extension JSONValue {
    /// `value` as `.int` when it is a whole number that fits, else as `.double`.
    static func jmesNumber(_ value: Double) -> JSONValue {
        Int64(exactly: value).map(JSONValue.int) ?? .double(value)
    }
}
