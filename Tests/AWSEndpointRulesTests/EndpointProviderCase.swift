import AWSEndpointRules
import AWSJSON
import Testing

/// One case of a service's `endpoint-tests-1.json`: the parameters, and the endpoint or error botocore expects.
struct EndpointProviderCase: Sendable {
    enum Expectation: Sendable, Equatable, CustomStringConvertible {
        /// An endpoint; properties and headers the case leaves out are expected to be empty.
        case endpoint(url: String, properties: [String: JSONValue], headers: [String: [String]])
        /// An error with exactly this message.
        case error(String)

        /// Whether the case expects an error.
        var isError: Bool {
            if case .error = self { true } else { false }
        }

        var description: String {
            switch self {
            case .endpoint(let url, _, _): "endpoint \(url)"
            case .error(let message): "error \"\(message)\""
            }
        }
    }

    let service: String
    /// The case's position in the file's `testCases`, counted from 0.
    let index: Int
    let documentation: String
    let parameters: EndpointParameters
    var expectation: Expectation

    /// How failures and the skip list name the case.
    var name: String { "\(service) #\(index) (\(documentation))" }

    /// The cases of `service`'s `endpoint-tests-1.json`.
    static func load(service: String) throws -> [EndpointProviderCase] {
        let document = try EndpointTestResources.json("\(service)/endpoint-tests-1.json")
        return try #require(document["testCases"]?.arrayValue).enumerated().map { index, testCase in
            EndpointProviderCase(
                service: service,
                index: index,
                documentation: try #require(testCase["documentation"]?.stringValue),
                parameters: try parameters(testCase["params"]?.objectValue ?? [:]),
                expectation: try expectation(try #require(testCase["expect"]))
            )
        }
    }

    /// The parameters of a case's `params`: strings, Booleans and arrays of strings.
    private static func parameters(_ params: [String: JSONValue]) throws -> EndpointParameters {
        var parameters = EndpointParameters()
        for (name, value) in params {
            switch value {
            case .string(let string): parameters[name] = .string(string)
            case .bool(let bool): parameters[name] = .bool(bool)
            default: parameters[name] = .stringArray(try strings(value))
            }
        }
        return parameters
    }

    private static func expectation(_ expect: JSONValue) throws -> Expectation {
        if let message = expect["error"]?.stringValue { return .error(message) }
        let endpoint = try #require(expect["endpoint"])
        var headers = [String: [String]]()
        for (name, values) in endpoint["headers"]?.objectValue ?? [:] {
            headers[name] = try strings(values)
        }
        return .endpoint(
            url: try #require(endpoint["url"]?.stringValue),
            properties: endpoint["properties"]?.objectValue ?? [:],
            headers: headers
        )
    }

    private static func strings(_ value: JSONValue) throws -> [String] {
        try #require(value.arrayValue).map { try #require($0.stringValue) }
    }

    /// How what `ruleSet` resolves for the case's parameters differs from the expectation; `nil` when it matches
    /// exactly (the URL, the properties as JSON and the headers, or the error message).
    func mismatch(resolvingWith ruleSet: EndpointRuleSet) -> String? {
        let resolved: ResolvedEndpoint
        do {
            resolved = try ruleSet.resolve(parameters)
        } catch {
            if case .error(error.message) = expectation { return nil }
            return "expected \(expectation), got error \"\(error.message)\""
        }
        guard case .endpoint(let url, let properties, let headers) = expectation else {
            return "expected \(expectation), got endpoint \(resolved.url)"
        }
        var differences = [String]()
        if resolved.url != url {
            differences.append("url \(resolved.url), expected \(url)")
        }
        if resolved.properties != properties {
            differences.append(
                "properties \(JSONValue.object(resolved.properties).serializedString()), "
                    + "expected \(JSONValue.object(properties).serializedString())")
        }
        if resolved.headers != headers {
            differences.append("headers \(resolved.headers), expected \(headers)")
        }
        return differences.isEmpty ? nil : differences.joined(separator: "; ")
    }
}
