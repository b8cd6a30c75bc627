import AWSJSON

/// A function argument: a value, or an expression reference (`&expression`) that the function evaluates itself.
///
/// The parser's arguments hold the nodes that give the values (`JMESPathArgument<JMESPathNode>`); a call's hold the
/// values (`JMESPathArgument<JSONValue>`).
enum JMESPathArgument<Value: Sendable>: Sendable {
    case value(Value)
    case expression(JMESPathNode)
}
