/// Reads the endpoint rule-set parameters that a model binds to operations, members and the client, which
/// botocore models and Smithy traits spell alike: `staticContextParams` (`{"Name": {"value": …}}`),
/// `operationContextParams` (`{"Name": {"path": "…"}}`) and `clientContextParams` (`{"Name": {"type": …}}`).
enum EndpointContextReading {
    /// The parameters of a `staticContextParams` object, sorted by name.
    static func staticParams(_ node: JNode?) throws -> [(name: String, value: EndpointParameterValue)] {
        guard let node else { return [] }
        return try node.members().map { name, parameter in
            guard let value = try parameter.member("value") else { throw parameter.error("missing required key 'value'") }
            return (name, try literal(value))
        }.sorted { $0.name < $1.name }
    }

    /// The parameters of an `operationContextParams` object, sorted by name.
    static func operationParams(_ node: JNode?) throws -> [(name: String, path: String)] {
        guard let node else { return [] }
        return try node.members().map { name, parameter in (name, try parameter.requiredString("path")) }
            .sorted { $0.name < $1.name }
    }

    /// The parameters of a `clientContextParams` object, sorted by name.
    static func clientParams(_ node: JNode?) throws -> [ClientContextParameter] {
        guard let node else { return [] }
        return try node.members().map { name, parameter in
            let type = try parameter.requiredString("type")
            guard ["string", "boolean", "stringArray"].contains(type) else {
                throw (try parameter.member("type") ?? parameter).error("unknown parameter type '\(type)'")
            }
            return ClientContextParameter(name: name, type: type, documentation: try parameter.string("documentation"))
        }.sorted { $0.name < $1.name }
    }

    /// A string, a boolean or a list of strings.
    private static func literal(_ node: JNode) throws -> EndpointParameterValue {
        if let text = try? node.string() { return .string(text) }
        if let flag = try? node.bool() { return .bool(flag) }
        if let elements = try? node.elements() {
            return .stringArray(try elements.map { try $0.string() })
        }
        throw node.error("expected a string, a boolean or a list of strings")
    }
}
