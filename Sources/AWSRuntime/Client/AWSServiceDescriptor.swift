import Foundation

/// What the runtime needs to know about a service: names, protocol and modeled errors.
@_spi(Generated) public final class AWSServiceDescriptor: Sendable {
    /// The model's `serviceId`, such as `DocDB Elastic`.
    public let serviceID: String
    /// The SigV4 signing name, such as `docdb-elastic`.
    public let signingName: String
    /// The endpoint prefix, such as `docdb-elastic`.
    public let endpointPrefix: String
    /// The API version, such as `2022-11-28`.
    public let apiVersion: String
    /// The wire protocol.
    public let `protocol`: AWSProtocol
    /// Whether the service is `awsQueryCompatible`: a JSON service that was a query service. Its requests
    /// say `x-amzn-query-mode: true`, and its errors give their query code in `x-amzn-query-error`.
    public let queryCompatible: Bool
    /// Modeled error types by error code.
    public let errors: [String: any AWSModeledError.Type]
    /// The model's endpoint rule set (`endpoint-rule-set-1.json`) as JSON text, if it has one.
    public let endpointRules: String?
    /// The operation that gives the endpoints of operations that require endpoint discovery (the model's
    /// `endpointoperation`, such as Timestream's `DescribeEndpoints`), if the service has one.
    public let endpointOperation: AWSOperation?

    /// Creates a descriptor.
    public init(serviceID: String, signingName: String, endpointPrefix: String, apiVersion: String,
                protocol: AWSProtocol, queryCompatible: Bool = false, errors: [String: any AWSModeledError.Type],
                endpointRules: String? = nil, endpointOperation: AWSOperation? = nil) {
        self.serviceID = serviceID
        self.signingName = signingName
        self.endpointPrefix = endpointPrefix
        self.apiVersion = apiVersion
        self.protocol = `protocol`
        self.queryCompatible = queryCompatible
        self.errors = errors
        self.endpointRules = endpointRules
        self.endpointOperation = endpointOperation
    }

    /// The name of the service's own endpoint variable, `AWS_ENDPOINT_URL_<SERVICE>`: the service id in capitals,
    /// with `_` for spaces and hyphens (`AWS_ENDPOINT_URL_DOCDB_ELASTIC`).
    var endpointVariable: String {
        "AWS_ENDPOINT_URL_" + serviceID.uppercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }
}
