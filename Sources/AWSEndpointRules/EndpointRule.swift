/// A rule of an endpoint rule set: conditions, then an endpoint, an error or nested rules.
struct EndpointRule: Sendable {
    /// What a rule yields once all its conditions hold.
    enum Outcome: Sendable {
        case endpoint(EndpointTemplate)
        case error(RuleExpression)
        /// Nested rules; the first that matches decides, and none matching is an error.
        case tree([EndpointRule])
    }

    let conditions: [RuleCondition]
    let outcome: Outcome
    /// The scope slots the conditions assign, restored when evaluation leaves the rule.
    let assignedSlots: [Int]
}

/// A function call that must yield a set value other than `false`, optionally binding it to a name.
struct RuleCondition: Sendable {
    let call: FunctionCall
    /// The scope slot that receives the call's value (`assign`), if any.
    let assignSlot: Int?
}

/// The `endpoint` of an endpoint rule, before evaluation.
struct EndpointTemplate: Sendable {
    let url: RuleExpression
    let headers: [(name: String, values: [RuleExpression])]
    let properties: [(name: String, value: RuleExpression)]
}
