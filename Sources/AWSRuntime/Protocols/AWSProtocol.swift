/// The wire protocol of a service: the serializer that turns an operation's input into an HTTP request and
/// the deserializer that turns a response into its output or error. Generated clients name theirs in the
/// service descriptor (`protocol: .restJSON`); the XML protocols come from `AWSRuntimeXML`, so that only the
/// clients that speak them link XML.
@_spi(Generated) public struct AWSProtocol: Sendable {
    /// The protocol's name in botocore's models, such as `rest-json`.
    public let name: String
    /// Builds requests.
    public let serializer: any AWSRequestSerializer
    /// Reads responses.
    public let deserializer: any AWSResponseDeserializer

    /// A protocol made of `serializer` and `deserializer`.
    public init(name: String, serializer: any AWSRequestSerializer, deserializer: any AWSResponseDeserializer) {
        self.name = name
        self.serializer = serializer
        self.deserializer = deserializer
    }

    /// `rest-json`: HTTP bindings, JSON bodies.
    public static var restJSON: AWSProtocol {
        AWSProtocol(name: "rest-json", serializer: RestJSONSerializer(), deserializer: JSONDeserializer())
    }

    /// `json` (awsJson 1.0 / 1.1): POST to `/` with `X-Amz-Target`.
    public static func awsJSON(version: String, targetPrefix: String) -> AWSProtocol {
        AWSProtocol(
            name: "json", serializer: AWSJSONSerializer(version: version, targetPrefix: targetPrefix),
            deserializer: JSONDeserializer())
    }

    /// `smithy-rpc-v2-cbor`: POST to `/service/<serviceName>/operation/<operation>` with CBOR bodies.
    public static func rpcV2CBOR(serviceName: String) -> AWSProtocol {
        AWSProtocol(name: "smithy-rpc-v2-cbor", serializer: CBORSerializer(serviceName: serviceName), deserializer: CBORDeserializer())
    }
}
