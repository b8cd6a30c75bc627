/// One operation of a model.
package struct Operation: Sendable {
    package var name: String
    package var method: String
    package var requestURI: String
    package var responseCode: Int?
    package var input: ShapeReference?
    package var output: ShapeReference?
    package var errors: [String]
    package var documentation: String?
    package var deprecated: Bool
    package var deprecatedMessage: String?
    package var hostPrefix: String?
    /// Whether requests go unsigned: the model gives the operation no SigV4 auth (botocore's `authtype: none`,
    /// Smithy's `@auth([])`), as for Cognito's sign-in and SSO's `GetRoleCredentials`.
    package var unsigned = false
    /// Whether requests must go to an endpoint the service's endpoint operation gives (botocore's
    /// `endpointdiscovery: {required: true}`, Smithy's `@aws.api#clientDiscoveredEndpoint(required: true)`).
    package var endpointDiscoveryRequired = false
    /// Whether this is the service's endpoint operation (botocore's `endpointoperation`, the operation Smithy's
    /// `@aws.api#clientEndpointDiscovery` names), such as Timestream's `DescribeEndpoints`.
    package var isEndpointOperation = false
    /// Endpoint rule-set parameters the operation fixes (`staticContextParams`), by name.
    package var staticContextParams: [(name: String, value: EndpointParameterValue)] = []
    /// Endpoint rule-set parameters computed from the input by JMESPath (`operationContextParams`), by name.
    package var operationContextParams: [(name: String, path: String)] = []
    /// The checksum rules (`httpChecksum`, or `httpChecksumRequired`), nil when the operation has none.
    package var httpChecksum: HTTPChecksumTrait?
}

/// An operation's flexible checksum rules: botocore's `httpChecksum` and `httpChecksumRequired`, Smithy's
/// `aws.protocols#httpChecksum` and `smithy.api#httpChecksumRequired`.
package struct HTTPChecksumTrait: Sendable, Equatable {
    /// `requestChecksumRequired`, or the operation has `httpChecksumRequired`.
    package var requestChecksumRequired = false
    /// The input member that chooses the algorithm.
    package var requestAlgorithmMember: String?
    /// The input member that asks for the response's checksum.
    package var requestValidationModeMember: String?
    /// The algorithms a response may carry, such as `CRC32C`.
    package var responseAlgorithms: [String] = []
}

/// A literal value of an endpoint rule-set parameter.
package enum EndpointParameterValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case stringArray([String])
}

/// A parameter of the endpoint rules that callers set on the client (`clientContextParams`).
package struct ClientContextParameter: Sendable, Equatable {
    package var name: String
    /// `string`, `boolean` or `stringArray`.
    package var type: String
    package var documentation: String?
}
