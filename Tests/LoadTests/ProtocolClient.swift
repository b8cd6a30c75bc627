#if AsyncHTTPClient
import AWSRuntime
import CBORFixture
import DocDBElastic
import EmulatorEC2
import EmulatorRoute53
import EmulatorSQS
import EmulatorSTS
import Testing

/// A generated client of each protocol, one operation each, with a response body it decodes.
enum ProtocolClient: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// awsJson 1.0: SQS GetQueueUrl.
    case json
    /// rest-json: DocDB Elastic ListClusters.
    case restJSON
    /// rest-xml: Route 53 ListHostedZones.
    case restXML
    /// query: STS GetCallerIdentity.
    case query
    /// ec2: EC2 DescribeInstances.
    case ec2
    /// rpc-v2-cbor: the CBOR fixture's PutThing.
    case cbor

    var testDescription: String { rawValue }

    /// A success body the operation decodes.
    var validBody: [UInt8] {
        switch self {
        case .json: Array(#"{"QueueUrl": "http://127.0.0.1/123456789012/queue"}"#.utf8)
        case .restJSON: Array(#"{"clusters": [{"clusterArn": "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/c", "clusterName": "c", "status": "ACTIVE"}]}"#.utf8)
        case .restXML:
            Array("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ListHostedZonesResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><HostedZones><HostedZone>\
                <Id>/hostedzone/Z1</Id><Name>example.com.</Name><CallerReference>r</CallerReference></HostedZone>\
                </HostedZones><Marker></Marker><IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesResponse>
                """.utf8)
        case .query:
            Array("""
                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>\
                <Arn>arn:aws:iam::123456789012:user/u</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account>\
                </GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>
                """.utf8)
        case .ec2:
            Array("""
                <DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>\
                <reservationSet><item><reservationId>r-1</reservationId><instancesSet><item><instanceId>i-1</instanceId>\
                </item></instancesSet></item></reservationSet></DescribeInstancesResponse>
                """.utf8)
        // {"Name": "thing"}
        case .cbor: [0xA1, 0x64, 0x4E, 0x61, 0x6D, 0x65, 0x65, 0x74, 0x68, 0x69, 0x6E, 0x67]
        }
    }

    /// The response headers the protocol expects.
    var headers: AWSHTTPHeaders {
        switch self {
        case .json: AWSHTTPHeaders([("Content-Type", "application/x-amz-json-1.0")])
        case .restJSON: AWSHTTPHeaders([("Content-Type", "application/json")])
        case .restXML, .query, .ec2: AWSHTTPHeaders([("Content-Type", "text/xml")])
        case .cbor: AWSHTTPHeaders([("Content-Type", "application/cbor"), ("smithy-protocol", "rpc-v2-cbor")])
        }
    }

    /// Bodies that are not a document of the protocol: bytes of no format, and the valid body cut in half.
    var malformedBodies: [[UInt8]] {
        let garbage: [UInt8] = self == .cbor ? [0xFF, 0x1C, 0x00] : Array("\u{1}not a document <{[".utf8)
        return [garbage, Array(validBody.prefix(validBody.count / 2))]
    }

    /// Calls the operation once with a client made from `configuration`; returns a value read from the output, so
    /// that a test can check a success decoded.
    func call(_ configuration: AWSClientConfiguration) async throws -> String? {
        switch self {
        case .json:
            return try await EmulatorSQSClient(configuration: configuration).getQueueUrl(.init(queueName: "queue")).queueUrl
        case .restJSON:
            return try await DocDBElasticClient(configuration: configuration).listClusters(.init()).clusters?.first?.clusterName
        case .restXML:
            return try await EmulatorRoute53Client(configuration: configuration).listHostedZones(.init()).hostedZones.first?.id
        case .query:
            return try await EmulatorSTSClient(configuration: configuration).getCallerIdentity(.init()).account
        case .ec2:
            return try await EmulatorEC2Client(configuration: configuration).describeInstances(.init())
                .reservations?.first?.instances?.first?.instanceId
        case .cbor:
            return try await ThingsClient(configuration: configuration).putThing(.init()).name
        }
    }

    /// What `call` returns for `validBody`.
    var expectedValue: String {
        switch self {
        case .json: "http://127.0.0.1/123456789012/queue"
        case .restJSON: "c"
        case .restXML: "/hostedzone/Z1"
        case .query: "123456789012"
        case .ec2: "i-1"
        case .cbor: "thing"
        }
    }
}
#endif
