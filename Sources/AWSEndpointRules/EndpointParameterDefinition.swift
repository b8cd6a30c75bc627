/// A parameter an endpoint rule set declares.
public struct EndpointParameterDefinition: Sendable, Equatable {
    /// The type of a parameter.
    public enum ParameterType: String, Sendable, Equatable {
        case string
        case boolean
        case stringArray
    }

    /// The parameter name, such as `Region`.
    public let name: String
    /// The type values must have.
    public let type: ParameterType
    /// The SDK setting the parameter comes from, such as `AWS::Region`, if any.
    public let builtIn: String?
    /// Whether resolution fails when the parameter has neither a value nor a default.
    public let isRequired: Bool
    /// The value used when none is given.
    public let defaultValue: EndpointParameters.Value?
    /// The rule set's description of the parameter.
    public let documentation: String?
}
