import AWSJSON

/// An endpoint rule set (`endpoint-rule-set-1.json`, the Smithy endpoint rules language),
/// parsed once into a typed tree and then evaluated for each request.
public struct EndpointRuleSet: Sendable {
    /// The rule set's `version`, such as `1.0`.
    public let version: String
    /// The declared parameters, sorted by name.
    public let parameters: [EndpointParameterDefinition]
    let rules: [EndpointRule]
    /// The names of the evaluation scope's slots: the parameters first, in `parameters` order,
    /// then every name that a condition assigns.
    let slotNames: [String]

    /// Loads a rule set from the bytes of its JSON document.
    public init(json: some Collection<UInt8>) throws(EndpointRuleSetError) {
        let document: JSONValue
        do {
            document = try JSONValue.parse(json)
        } catch {
            throw EndpointRuleSetError(path: "$", message: "invalid JSON: \(error)")
        }
        try self.init(document: document)
    }

    /// Loads a rule set from its parsed JSON document.
    public init(document: JSONValue) throws(EndpointRuleSetError) {
        var parser = EndpointRuleSetParser()
        let root = try parser.object(document, at: "$")
        version = try parser.string(root["version"], at: "$.version")
        parameters = try parser.parameters(root["parameters"], at: "$.parameters")
        rules = try parser.rules(root["rules"], at: "$.rules")
        slotNames = parser.slotNames
    }

    /// Evaluates the rules for `parameters`.
    ///
    /// Parameters without a value take their declared default. Throws when a required
    /// parameter is missing or mistyped, when an `error` rule is reached (with the rule's
    /// message exactly), or when no rule matches.
    public func resolve(_ parameters: EndpointParameters) throws(EndpointResolutionError) -> ResolvedEndpoint {
        var scope = [JSONValue?](repeating: nil, count: slotNames.count)
        for (slot, definition) in self.parameters.enumerated() {
            guard let value = parameters[definition.name] ?? definition.defaultValue else {
                if definition.isRequired {
                    throw EndpointResolutionError("Missing required parameter: \(definition.name)")
                }
                continue
            }
            guard value.hasType(definition.type) else {
                throw EndpointResolutionError(
                    "Parameter \(definition.name) must be of type \(definition.type.rawValue)")
            }
            scope[slot] = value.jsonValue
        }
        var evaluator = EndpointRuleEvaluator(scope: scope, slotNames: slotNames)
        guard let endpoint = try evaluator.evaluate(rules) else {
            throw EndpointResolutionError("No endpoint rule matched the parameters")
        }
        return endpoint
    }
}

extension EndpointParameters.Value {
    func hasType(_ type: EndpointParameterDefinition.ParameterType) -> Bool {
        switch (self, type) {
        case (.string, .string), (.bool, .boolean), (.stringArray, .stringArray): true
        default: false
        }
    }
}
