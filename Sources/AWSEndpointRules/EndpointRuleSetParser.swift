import AWSJSON

/// Builds the typed tree of an endpoint rule set from its JSON, naming the JSON path of any problem.
struct EndpointRuleSetParser {
    private(set) var slotNames = [String]()
    /// The slot each name refers to: its innermost binding in scope, else the last one made.
    private var slots = [String: Int]()
    /// The names bound where parsing is: the parameters and the assignments of the enclosing rules'
    /// earlier conditions. Assigning one of them again takes a new slot, so that leaving a rule only
    /// has to clear the slots it assigned.
    private var namesInScope = Set<String>()

    // MARK: Parameters

    mutating func parameters(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError)
        -> [EndpointParameterDefinition]
    {
        let members = try object(value, at: path)
        var definitions = [EndpointParameterDefinition]()
        for name in members.keys.sorted() {
            definitions.append(try parameter(named: name, members[name], at: "\(path).\(name)"))
            slots[name] = slotNames.count
            slotNames.append(name)
            namesInScope.insert(name)
        }
        return definitions
    }

    private func parameter(named name: String, _ value: JSONValue?, at path: String) throws(EndpointRuleSetError)
        -> EndpointParameterDefinition
    {
        let members = try object(value, at: path)
        let typeName = try string(members["type"], at: "\(path).type")
        let type: EndpointParameterDefinition.ParameterType
        switch typeName.lowercased() {
        case "string": type = .string
        case "boolean": type = .boolean
        case "stringarray": type = .stringArray
        default: throw EndpointRuleSetError(path: "\(path).type", message: "unknown parameter type '\(typeName)'")
        }
        return EndpointParameterDefinition(
            name: name,
            type: type,
            builtIn: try optionalString(members["builtIn"], at: "\(path).builtIn"),
            isRequired: try optionalBool(members["required"], at: "\(path).required") ?? false,
            defaultValue: try defaultValue(members["default"], of: type, at: "\(path).default"),
            documentation: try optionalString(members["documentation"], at: "\(path).documentation")
        )
    }

    private func defaultValue(
        _ value: JSONValue?, of type: EndpointParameterDefinition.ParameterType, at path: String
    ) throws(EndpointRuleSetError) -> EndpointParameters.Value? {
        switch (value, type) {
        case (nil, _): return nil
        case (.string(let string)?, .string): return .string(string)
        case (.bool(let bool)?, .boolean): return .bool(bool)
        case (.array(let elements)?, .stringArray):
            var strings = [String]()
            for (index, element) in elements.enumerated() {
                strings.append(try string(element, at: "\(path)[\(index)]"))
            }
            return .stringArray(strings)
        default: throw EndpointRuleSetError(path: path, message: "default value does not have type \(type.rawValue)")
        }
    }

    // MARK: Rules

    mutating func rules(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError) -> [EndpointRule] {
        var rules = [EndpointRule]()
        for (index, element) in try array(value, at: path).enumerated() {
            rules.append(try rule(element, at: "\(path)[\(index)]"))
        }
        return rules
    }

    private mutating func rule(_ value: JSONValue, at path: String) throws(EndpointRuleSetError) -> EndpointRule {
        let members = try object(value, at: path)
        let outerNames = namesInScope
        let outerSlots = slots
        defer {
            // Names the rule assigned again refer to their outer slots after it.
            for name in outerNames { slots[name] = outerSlots[name] }
            namesInScope = outerNames
        }
        var conditions = [RuleCondition]()
        for (index, element) in try array(members["conditions"] ?? .array([]), at: "\(path).conditions").enumerated() {
            conditions.append(try condition(element, at: "\(path).conditions[\(index)]"))
        }
        let outcome: EndpointRule.Outcome
        let type = try string(members["type"], at: "\(path).type")
        switch type {
        case "endpoint": outcome = .endpoint(try endpoint(members["endpoint"], at: "\(path).endpoint"))
        case "error": outcome = .error(try expression(members["error"], at: "\(path).error"))
        case "tree": outcome = .tree(try rules(members["rules"], at: "\(path).rules"))
        default: throw EndpointRuleSetError(path: "\(path).type", message: "unknown rule type '\(type)'")
        }
        return EndpointRule(
            conditions: conditions, outcome: outcome, assignedSlots: conditions.compactMap(\.assignSlot))
    }

    private mutating func condition(_ value: JSONValue, at path: String) throws(EndpointRuleSetError) -> RuleCondition {
        let call = try call(try object(value, at: path), at: path)
        guard let name = try optionalString(value["assign"], at: "\(path).assign") else {
            return RuleCondition(call: call, assignSlot: nil)
        }
        return RuleCondition(call: call, assignSlot: slot(assigning: name))
    }

    private mutating func endpoint(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError)
        -> EndpointTemplate
    {
        let members = try object(value, at: path)
        let url = try expression(members["url"], at: "\(path).url")
        var headers = [(name: String, values: [RuleExpression])]()
        let headerMembers = try object(members["headers"] ?? .object([:]), at: "\(path).headers")
        for name in headerMembers.keys.sorted() {
            var values = [RuleExpression]()
            for (index, element) in try array(headerMembers[name], at: "\(path).headers.\(name)").enumerated() {
                values.append(try expression(element, at: "\(path).headers.\(name)[\(index)]"))
            }
            headers.append((name, values))
        }
        var properties = [(name: String, value: RuleExpression)]()
        let propertyMembers = try object(members["properties"] ?? .object([:]), at: "\(path).properties")
        for name in propertyMembers.keys.sorted() {
            properties.append((name, try expression(propertyMembers[name], at: "\(path).properties.\(name)")))
        }
        return EndpointTemplate(url: url, headers: headers, properties: properties)
    }

    // MARK: Expressions

    private mutating func expression(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError)
        -> RuleExpression
    {
        switch value {
        case nil:
            throw EndpointRuleSetError(path: path, message: "missing value")
        case .null?, .double?:
            throw EndpointRuleSetError(path: path, message: "unsupported literal")
        case .bool?, .int?:
            return .literal(value!)
        case .string(let text)?:
            return try template(text, at: path)
        case .array(let elements)?:
            var expressions = [RuleExpression]()
            for (index, element) in elements.enumerated() {
                expressions.append(try expression(element, at: "\(path)[\(index)]"))
            }
            return .array(expressions)
        case .object(let members)?:
            if let reference = members["ref"] {
                let name = try string(reference, at: "\(path).ref")
                guard let slot = slots[name] else {
                    throw EndpointRuleSetError(path: "\(path).ref", message: "unknown name '\(name)'")
                }
                return .reference(slot)
            }
            if members["fn"] != nil {
                return try call(members, at: path)
            }
            var record = [(name: String, value: RuleExpression)]()
            for name in members.keys.sorted() {
                record.append((name, try expression(members[name], at: "\(path).\(name)")))
            }
            return .record(record)
        }
    }

    private func template(_ text: String, at path: String) throws(EndpointRuleSetError) -> RuleExpression {
        let template: StringTemplate
        do {
            template = try StringTemplate(text) { slots[$0] }
        } catch {
            let message =
                switch error {
                case .unterminatedPlaceholder: "unterminated '{' in template"
                case .invalidPlaceholder(let placeholder): "invalid placeholder '{\(placeholder)}'"
                case .unknownName(let name): "unknown name '\(name)' in template"
                }
            throw EndpointRuleSetError(path: path, message: message)
        }
        guard let text = template.plainText else { return .template(template) }
        return .literal(.string(text))
    }

    /// A function call: ``RuleExpression/attribute(of:_:)`` for `getAttr`, else ``RuleExpression/call(_:)``.
    private mutating func call(_ members: [String: JSONValue], at path: String) throws(EndpointRuleSetError)
        -> RuleExpression
    {
        let name = try string(members["fn"], at: "\(path).fn")
        let argv = try array(members["argv"], at: "\(path).argv")
        if name == "getAttr" {
            guard argv.count == 2 else {
                throw EndpointRuleSetError(
                    path: "\(path).argv", message: "getAttr takes 2 arguments, not \(argv.count)")
            }
            let text = try string(argv[1], at: "\(path).argv[1]")
            guard let attributePath = AttributePath(text) else {
                throw EndpointRuleSetError(path: "\(path).argv[1]", message: "invalid attribute path '\(text)'")
            }
            return .attribute(of: try expression(argv[0], at: "\(path).argv[0]"), attributePath)
        }
        guard let (function, arity) = RuleFunction.named(name) else {
            throw EndpointRuleSetError(path: "\(path).fn", message: "unknown function '\(name)'")
        }
        guard arity.contains(argv.count) else {
            throw EndpointRuleSetError(path: "\(path).argv", message: "\(name) cannot take \(argv.count) arguments")
        }
        var arguments = [RuleExpression]()
        for (index, element) in argv.enumerated() {
            arguments.append(try expression(element, at: "\(path).argv[\(index)]"))
        }
        return .call(FunctionCall(function: function, arguments: arguments))
    }

    /// The slot for an assignment to `name`: the name's last slot, or a new one when there is none or
    /// the name is in scope.
    private mutating func slot(assigning name: String) -> Int {
        defer { namesInScope.insert(name) }
        if let slot = slots[name], !namesInScope.contains(name) { return slot }
        slots[name] = slotNames.count
        slotNames.append(name)
        return slotNames.count - 1
    }

    // MARK: JSON shapes

    func object(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError) -> [String: JSONValue] {
        guard let members = value?.objectValue else { throw mismatch(value, expected: "an object", at: path) }
        return members
    }

    func array(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError) -> [JSONValue] {
        guard let elements = value?.arrayValue else { throw mismatch(value, expected: "an array", at: path) }
        return elements
    }

    func string(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError) -> String {
        guard let string = value?.stringValue else { throw mismatch(value, expected: "a string", at: path) }
        return string
    }

    private func optionalString(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError) -> String? {
        guard let value else { return nil }
        return try string(value, at: path)
    }

    private func optionalBool(_ value: JSONValue?, at path: String) throws(EndpointRuleSetError) -> Bool? {
        guard let value else { return nil }
        guard let bool = value.boolValue else { throw mismatch(value, expected: "a Boolean", at: path) }
        return bool
    }

    private func mismatch(_ value: JSONValue?, expected: String, at path: String) -> EndpointRuleSetError {
        EndpointRuleSetError(
            path: path, message: value == nil ? "missing, expected \(expected)" : "expected \(expected)")
    }
}
