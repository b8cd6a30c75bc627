/// A botocore service model (`service-2.json`) with its optional companion files.
package struct ServiceModel: Sendable {
    package var metadata: ServiceMetadata
    package var documentation: String?
    /// Operations by name.
    package var operations: [String: Operation]
    /// Shapes by name.
    package var shapes: [String: Shape]
    /// Paginators by operation name, from `paginators-1.json`.
    package var paginators: [String: Paginator] = [:]
    /// Waiters in document order, from `waiters-2.json`.
    package var waiters: [Waiter] = []
    /// The text of `endpoint-rule-set-1.json` as compact JSON, if present.
    package var endpointRuleSet: String?
    /// The endpoint rules' parameters that callers set on the client (`clientContextParams`), by name.
    package var clientContextParams: [ClientContextParameter] = []
    /// What the reader left out of the model, such as a waiter it cannot express.
    package var warnings: [String] = []
}

/// The `metadata` object of a model.
package struct ServiceMetadata: Sendable {
    package var apiVersion: String
    package var endpointPrefix: String
    /// The botocore name of the protocol the module speaks: `clientProtocol(in:)` of the model's protocols,
    /// else the model's first or only protocol.
    package var `protocol`: String
    package var serviceId: String
    package var serviceFullName: String
    package var signingName: String?
    package var jsonVersion: String?
    package var targetPrefix: String?
    package var globalEndpoint: String?
    /// Whether the service is `awsQueryCompatible`: a JSON service that was a query service, whose
    /// requests say `x-amzn-query-mode` and whose errors carry their query code in `x-amzn-query-error`.
    package var queryCompatible = false

    /// The protocols whose messages are query strings and XML, which the runtime speaks in `AWSRuntimeXML`.
    package static let xmlProtocols: Set<String> = ["query", "ec2", "rest-xml"]

    /// The botocore protocols the generator makes clients for, each of which `ProtocolIR` speaks, in botocore's
    /// order of preference (`PRIORITY_ORDERED_SUPPORTED_PROTOCOLS`).
    package static let protocolPriority = ["json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2"]

    /// The protocol a module speaks of `protocols`, a model's protocols: the first of botocore's order of
    /// preference that the model lists, as botocore chooses (CloudWatch's `smithy-rpc-v2-cbor`, `json` and
    /// `query` give `json`); nil when there is none (the module holds shapes only).
    package static func clientProtocol(in protocols: [String]) -> String? {
        protocolPriority.first(where: protocols.contains)
    }
}

/// One entry of `paginators-1.json`.
package struct Paginator: Sendable, Equatable {
    package var inputToken: [String]
    package var outputToken: [String]
    package var limitKey: String?
    package var resultKey: [String]
    /// The output's boolean member that says whether there are more pages.
    package var moreResults: String?
}
