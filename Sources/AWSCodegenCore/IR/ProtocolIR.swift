/// The wire protocol of a client, as the runtime speaks it.
enum ProtocolIR: Equatable {
    /// REST with JSON bodies (`rest-json`).
    case restJSON
    /// JSON RPC (`json`): the JSON version of the content type, and the prefix of the `X-Amz-Target` header.
    case awsJSON(version: String, targetPrefix: String)
    /// Smithy RPC v2 CBOR (`smithy-rpc-v2-cbor`): the service name in the request path (botocore's
    /// `targetPrefix`).
    case rpcV2CBOR(serviceName: String)
    /// AWS query (`query`): form-encoded requests, XML responses.
    case awsQuery
    /// EC2 query (`ec2`): the query protocol with EC2's names and list layout.
    case ec2Query
    /// REST with XML bodies (`rest-xml`).
    case restXML

    /// The protocol of a model, or nil when the runtime does not speak it yet.
    init?(_ metadata: ServiceMetadata) {
        switch metadata.protocol {
        case "rest-json": self = .restJSON
        case "json": self = .awsJSON(version: metadata.jsonVersion ?? "1.0", targetPrefix: metadata.targetPrefix ?? "")
        case "smithy-rpc-v2-cbor": self = .rpcV2CBOR(serviceName: metadata.targetPrefix ?? "")
        case "query": self = .awsQuery
        case "ec2": self = .ec2Query
        case "rest-xml": self = .restXML
        default: return nil
        }
    }

    /// Whether the runtime speaks the protocol in `AWSRuntimeXML`, which generated files then import.
    var isXML: Bool {
        switch self {
        case .awsQuery, .ec2Query, .restXML: true
        case .restJSON, .awsJSON, .rpcV2CBOR: false
        }
    }
}
