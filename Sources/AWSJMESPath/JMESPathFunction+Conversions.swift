import AWSJSON

/// The conversion functions: `to_array`, `to_number` and `to_string`.
extension JMESPathFunction {
    /// `to_array(any)`: an array as is, anything else as its single element.
    static func asArray(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let value = try arguments.value(0)
        if case .array = value { return value }
        return .array([value])
    }

    /// `to_number(any)`: a number as is, a string holding a JSON number parsed, anything else null.
    static func asNumber(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let value = try arguments.value(0)
        switch value {
        case .int, .double: return value
        case .string(let text):
            guard let number = try? JSONValue.parse(text), number.doubleValue?.isFinite == true else { return .null }
            return number
        default: return .null
        }
    }

    /// `to_string(any)`: a string as is, anything else as its compact JSON text.
    static func asString(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let value = try arguments.value(0)
        if case .string = value { return value }
        return .string(value.serializedString())
    }
}
