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
    /// The parameters' default values, by slot.
    private let defaultScope: [JSONValue?]
    /// The slot of each parameter, by name.
    private let parameterSlots: SlotTable
    /// The slots of the required parameters, in `parameters` order.
    private let requiredSlots: [Int]

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
        let parameters = try parser.parameters(root["parameters"], at: "$.parameters")
        self.parameters = parameters
        rules = try parser.rules(root["rules"], at: "$.rules")
        slotNames = parser.slotNames
        defaultScope = parameters.map(\.defaultValue?.jsonValue)
        parameterSlots = SlotTable(parameters.map(\.name))
        requiredSlots = parameters.indices.filter { parameters[$0].isRequired }
    }

    /// Evaluates the rules for `parameters`.
    ///
    /// Parameters without a value take their declared default. Throws when a required
    /// parameter is missing or mistyped, when an `error` rule is reached (with the rule's
    /// message exactly), or when no rule matches.
    public func resolve(_ parameters: EndpointParameters) throws(EndpointResolutionError) -> ResolvedEndpoint {
        // The scope lives on the stack and its slots are copied and destroyed one by one: a scope
        // array would go through the runtime's generic array copy and destroy.
        let result = withUnsafeTemporaryAllocation(of: JSONValue?.self, capacity: slotNames.count) { scope in
            for slot in scope.indices {
                scope.initializeElement(at: slot, to: slot < defaultScope.count ? defaultScope[slot] : nil)
            }
            defer {
                for slot in scope.indices { _ = scope.moveElement(from: slot) }
            }
            return Result { () throws(EndpointResolutionError) in try resolve(parameters, in: scope) }
        }
        return try result.get()
    }

    /// Binds `parameters` to their slots of `scope` (which holds the defaults), then evaluates the rules.
    private func resolve(_ parameters: EndpointParameters, in scope: UnsafeMutableBufferPointer<JSONValue?>)
        throws(EndpointResolutionError) -> ResolvedEndpoint
    {
        var valid = true
        for (name, value) in parameters.values {
            guard let slot = parameterSlots.slot(of: name) else { continue }
            if value.hasType(self.parameters[slot].type) {
                scope[slot] = value.jsonValue
            } else {
                valid = false
            }
        }
        guard valid, !requiredSlots.contains(where: { scope[$0] == nil }) else {
            throw firstInvalidParameter(in: parameters)
        }
        var evaluator = EndpointRuleEvaluator(scope: scope, slotNames: slotNames)
        guard let endpoint = try evaluator.evaluate(rules) else {
            throw EndpointResolutionError("No endpoint rule matched the parameters")
        }
        return endpoint
    }

    /// The error for the first parameter, in `parameters` order, that is missing or mistyped.
    private func firstInvalidParameter(in given: EndpointParameters) -> EndpointResolutionError {
        for definition in parameters {
            guard let value = given[definition.name] ?? definition.defaultValue else {
                guard definition.isRequired else { continue }
                return EndpointResolutionError("Missing required parameter: \(definition.name)")
            }
            guard value.hasType(definition.type) else {
                return EndpointResolutionError(
                    "Parameter \(definition.name) must be of type \(definition.type.rawValue)")
            }
        }
        preconditionFailure("No parameter is missing or mistyped")
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
