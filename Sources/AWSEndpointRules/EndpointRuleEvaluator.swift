import AWSJSON

/// Evaluates the rules of an endpoint rule set against a scope of named values.
///
/// A value of `nil` is the rules language's "unset". A function given an unset argument it
/// needs yields unset, which fails the condition it is part of; an argument of the wrong type
/// is an error.
struct EndpointRuleEvaluator {
    /// The value of each slot, owned by the caller (see ``EndpointRuleSet/resolve(_:)``).
    private let scope: UnsafeMutableBufferPointer<JSONValue?>
    private let slotNames: [String]

    init(scope: UnsafeMutableBufferPointer<JSONValue?>, slotNames: [String]) {
        self.scope = scope
        self.slotNames = slotNames
    }

    /// The endpoint of the first matching rule, or `nil` when none matches.
    mutating func evaluate(_ rules: [EndpointRule]) throws(EndpointResolutionError) -> ResolvedEndpoint? {
        for index in rules.indices {
            if let endpoint = try evaluate(rules[index]) { return endpoint }
        }
        return nil
    }

    private mutating func evaluate(_ rule: EndpointRule) throws(EndpointResolutionError) -> ResolvedEndpoint? {
        guard try conditionsHold(rule.conditions) else {
            // The rule's assignments end with it (the parser gives a shadowing assignment its own slot).
            for slot in rule.assignedSlots { scope[slot] = nil }
            return nil
        }
        switch rule.outcome {
        case .endpoint(let template):
            return try endpoint(template)
        case .error(let message):
            throw EndpointResolutionError(try string(message, for: "error"))
        case .tree(let rules):
            guard let endpoint = try evaluate(rules) else {
                throw EndpointResolutionError("No rule matched inside a tree rule whose conditions matched")
            }
            return endpoint
        }
    }

    /// Whether every condition yields a set value other than `false`, assigning values as it goes.
    private mutating func conditionsHold(_ conditions: [RuleCondition]) throws(EndpointResolutionError) -> Bool {
        for index in conditions.indices {
            let value: JSONValue?
            if let function = conditions[index].function {
                // Most conditions are tests whose value nothing keeps: they are decided without making one.
                if conditions[index].assignSlot == nil, let holds = try test(function) {
                    guard holds else { return false }
                    continue
                }
                value = try call(function)
            } else {
                value = try evaluate(conditions[index].call)
            }
            switch value {
            case nil, .bool(false)?:
                return false
            case let value?:
                if let slot = conditions[index].assignSlot { scope[slot] = value }
            }
        }
        return true
    }

    private mutating func endpoint(_ template: EndpointTemplate) throws(EndpointResolutionError) -> ResolvedEndpoint {
        var endpoint = ResolvedEndpoint(url: try string(template.url, for: "endpoint url"))
        for header in template.headers {
            var values = [String]()
            values.reserveCapacity(header.values.count)
            for value in header.values {
                values.append(try string(value, for: "header \(header.name)"))
            }
            endpoint.headers[header.name] = values
        }
        endpoint.properties.reserveCapacity(template.properties.count)
        for property in template.properties {
            guard let value = try evaluate(property.value) else {
                throw EndpointResolutionError("Endpoint property \(property.name) is unset")
            }
            endpoint.properties[property.name] = value
        }
        return endpoint
    }

    // MARK: Expressions

    private mutating func evaluate(_ expression: RuleExpression) throws(EndpointResolutionError) -> JSONValue? {
        switch expression {
        case .literal(let value):
            return value
        case .template(let template):
            return .string(try render(template))
        case .reference(let slot):
            return scope[slot]
        case .call(let call):
            return try self.call(call)
        case .attribute(let target, let path):
            return try evaluate(target).flatMap(path.value(in:))
        case .array(let elements):
            var values = [JSONValue]()
            values.reserveCapacity(elements.count)
            for element in elements {
                guard let value = try evaluate(element) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .record(let members):
            var values = [String: JSONValue](minimumCapacity: members.count)
            for member in members {
                guard let value = try evaluate(member.value) else { return nil }
                values[member.name] = value
            }
            return .object(values)
        }
    }

    /// Evaluates an expression that must yield a string, such as a URL or an error message.
    private mutating func string(
        _ expression: RuleExpression, for context: @autoclosure () -> String
    ) throws(EndpointResolutionError) -> String {
        guard let value = try evaluate(expression)?.stringValue else {
            throw EndpointResolutionError("The \(context()) did not evaluate to a string")
        }
        return value
    }

    private func render(_ template: StringTemplate) throws(EndpointResolutionError) -> String {
        var result = ""
        result.reserveCapacity(template.literalByteCount + 64)
        for part in template.parts {
            switch part {
            case .literal(let text):
                result += text
            case .reference(let slot):
                guard let value = scope[slot]?.stringValue else {
                    throw EndpointResolutionError("Template value {\(slotNames[slot])} is not a set string")
                }
                result += value
            case .attribute(let slot, let path):
                guard let value = scope[slot].flatMap(path.value(in:))?.stringValue else {
                    throw EndpointResolutionError("Template value {\(slotNames[slot])#...} is not a set string")
                }
                result += value
            }
        }
        return result
    }

    // MARK: Functions

    /// Whether `call`, a condition, holds, for the usual forms of the Boolean functions (`isSet` and `not isSet`
    /// of a reference; `booleanEquals` and `stringEquals` of a set reference and a literal), decided in place;
    /// `nil` for any other form, which ``call(_:)`` evaluates.
    private func test(_ call: FunctionCall) throws(EndpointResolutionError) -> Bool? {
        let arguments = call.arguments
        switch call.function {
        case .isSet:
            guard case .reference(let slot) = arguments[0] else { return nil }
            return scope[slot] != nil
        case .not:
            guard case .call(let inner) = arguments[0], inner.function == .isSet,
                case .reference(let slot) = inner.arguments[0]
            else { return nil }
            return scope[slot] == nil
        case .booleanEquals:
            guard case .reference(let slot) = arguments[0], case .literal(.bool(let right)) = arguments[1] else {
                return nil
            }
            switch scope[slot] {
            case nil: return false
            case .bool(let left)?: return left == right
            default: return nil
            }
        case .stringEquals:
            guard case .reference(let slot) = arguments[0], case .literal(.string(let right)) = arguments[1] else {
                return nil
            }
            switch scope[slot] {
            case nil: return false
            case .string(let left)?: return EndpointFunctions.stringEquals(left, right)
            default: return nil
            }
        default:
            return nil
        }
    }

    private mutating func call(_ call: FunctionCall) throws(EndpointResolutionError) -> JSONValue? {
        let function = call.function
        let arguments = call.arguments
        switch function {
        case .isSet:
            // A reference, the usual argument, is tested without copying its value.
            if case .reference(let slot) = arguments[0] { return .bool(scope[slot] != nil) }
            return .bool(try evaluate(arguments[0]) != nil)
        case .coalesce:
            for argument in arguments {
                if let value = try evaluate(argument) { return value }
            }
            return nil
        case .ite:
            guard let condition = try bool(arguments[0], of: function) else { return nil }
            return try evaluate(arguments[condition ? 1 : 2])
        case .not:
            return try bool(arguments[0], of: function).map { .bool(!$0) }
        case .booleanEquals:
            // The usual form, a set reference against a literal, is compared in place.
            if case .reference(let slot) = arguments[0], case .literal(.bool(let right)) = arguments[1],
                case .bool(let left)? = scope[slot]
            {
                return .bool(left == right)
            }
            guard let left = try bool(arguments[0], of: function), let right = try bool(arguments[1], of: function)
            else { return nil }
            return .bool(left == right)
        case .stringEquals:
            // The usual form, a set reference against a literal, is compared in place.
            if case .reference(let slot) = arguments[0], case .literal(.string(let right)) = arguments[1],
                case .string(let left)? = scope[slot]
            {
                return .bool(EndpointFunctions.stringEquals(left, right))
            }
            guard let left = try string(arguments[0], of: function), let right = try string(arguments[1], of: function)
            else { return nil }
            return .bool(EndpointFunctions.stringEquals(left, right))
        case .partition:
            return try string(arguments[0], of: function).map(AWSPartitions.standard.partition(for:))
        case .parseArn:
            return try string(arguments[0], of: function).flatMap(EndpointFunctions.parseArn)
        case .parseURL:
            return try string(arguments[0], of: function).flatMap(EndpointFunctions.parseURL)
        case .uriEncode:
            return try string(arguments[0], of: function).map { .string(EndpointFunctions.uriEncode($0)) }
        case .isValidHostLabel, .isVirtualHostableS3Bucket:
            guard let value = try string(arguments[0], of: function),
                let allowSubDomains = try bool(arguments[1], of: function)
            else { return nil }
            return .bool(
                function == .isValidHostLabel
                    ? EndpointFunctions.isValidHostLabel(value, allowSubDomains: allowSubDomains)
                    : EndpointFunctions.isVirtualHostableS3Bucket(value, allowSubDomains: allowSubDomains))
        case .substring:
            guard let input = try string(arguments[0], of: function), let start = try int(arguments[1], of: function),
                let stop = try int(arguments[2], of: function), let reverse = try bool(arguments[3], of: function)
            else { return nil }
            return EndpointFunctions.substring(input, start: start, stop: stop, reverse: reverse).map(JSONValue.string)
        case .split:
            guard let value = try string(arguments[0], of: function),
                let delimiter = try string(arguments[1], of: function), let limit = try int(arguments[2], of: function)
            else { return nil }
            return EndpointFunctions.split(value, delimiter: delimiter, limit: limit)
                .map { .array($0.map(JSONValue.string)) }
        }
    }

    private mutating func string(_ expression: RuleExpression, of function: RuleFunction)
        throws(EndpointResolutionError) -> String?
    {
        switch try evaluate(expression) {
        case nil: return nil
        case .string(let value)?: return value
        case let value?: throw mismatch(value, of: function, expected: "string")
        }
    }

    private mutating func bool(_ expression: RuleExpression, of function: RuleFunction)
        throws(EndpointResolutionError) -> Bool?
    {
        switch try evaluate(expression) {
        case nil: return nil
        case .bool(let value)?: return value
        case let value?: throw mismatch(value, of: function, expected: "Boolean")
        }
    }

    private mutating func int(_ expression: RuleExpression, of function: RuleFunction)
        throws(EndpointResolutionError) -> Int?
    {
        switch try evaluate(expression) {
        case nil: return nil
        case .int(let value)? where Int(exactly: value) != nil: return Int(value)
        case let value?: throw mismatch(value, of: function, expected: "integer")
        }
    }

    /// The error for an argument of `function` that is set but not of the `expected` type.
    private func mismatch(_ value: JSONValue, of function: RuleFunction, expected: String) -> EndpointResolutionError {
        EndpointResolutionError("\(function.name) expects a \(expected) argument, got \(value.serializedString())")
    }
}
