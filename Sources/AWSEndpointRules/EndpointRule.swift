/// A rule of an endpoint rule set: conditions, then an endpoint, an error or nested rules.
///
/// A class, so that evaluation reads the rule tree without copying its arrays.
final class EndpointRule: Sendable {
    /// What a rule yields once all its conditions hold.
    enum Outcome: Sendable {
        case endpoint(EndpointTemplate)
        case error(RuleExpression)
        /// Nested rules; the first that matches decides, and none matching is an error.
        case tree([EndpointRule])
    }

    let conditions: [RuleCondition]
    let outcome: Outcome
    /// The scope slots the conditions assign, cleared when the rule does not match.
    let assignedSlots: [Int]

    init(conditions: [RuleCondition], outcome: Outcome, assignedSlots: [Int]) {
        self.conditions = conditions
        self.outcome = outcome
        self.assignedSlots = assignedSlots
    }
}

/// A function call that must yield a set value other than `false`, optionally binding it to a name.
struct RuleCondition: Sendable {
    /// A function call (``RuleExpression/call(_:)`` or ``RuleExpression/attribute(of:_:)``).
    let call: RuleExpression
    /// The call when it is a ``RuleExpression/call(_:)``, as nearly every condition is: the evaluator reads it
    /// without copying the expression.
    let function: FunctionCall?
    /// The scope slot that receives the call's value (`assign`), if any.
    let assignSlot: Int?

    init(call: RuleExpression, assignSlot: Int?) {
        self.call = call
        if case .call(let function) = call { self.function = function } else { function = nil }
        self.assignSlot = assignSlot
    }
}

/// The `endpoint` of an endpoint rule, before evaluation.
struct EndpointTemplate: Sendable {
    let url: RuleExpression
    let headers: [(name: String, values: [RuleExpression])]
    let properties: [(name: String, value: RuleExpression)]
}
