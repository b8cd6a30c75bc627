import AWSRuntimeTesting
import EndpointDynamoDB
import EndpointEventBridge
import EndpointKinesis
import EndpointS3
import EndpointS3Control
import EndpointSTS
import Foundation

@_spi(Generated) import AWSRuntime

/// The operations botocore's end-to-end endpoint cases call, by service folder and operation name: each makes the
/// generated client from a configuration and builds the signed request for parameters given as botocore JSON.
enum EndpointOperations {
    /// Builds the signed request of one call.
    typealias Call = @Sendable (AWSClientConfiguration, JSONValue, AWSCredentials) throws -> AWSHTTPRequest

    static let calls: [String: [String: Call]] = [
        "s3": [
            "CreateBucket": call({ try EndpointS3Client(configuration: $0).client }, EndpointS3Client.Operations.createBucket, EndpointS3.CreateBucketRequest.self),
            "GetObject": call({ try EndpointS3Client(configuration: $0).client }, EndpointS3Client.Operations.getObject, EndpointS3.GetObjectRequest.self),
            "ListBuckets": call({ try EndpointS3Client(configuration: $0).client }, EndpointS3Client.Operations.listBuckets, EndpointS3.ListBucketsRequest.self),
            "ListDirectoryBuckets": call({ try EndpointS3Client(configuration: $0).client }, EndpointS3Client.Operations.listDirectoryBuckets, EndpointS3.ListDirectoryBucketsRequest.self),
            "ListObjects": call({ try EndpointS3Client(configuration: $0).client }, EndpointS3Client.Operations.listObjects, EndpointS3.ListObjectsRequest.self),
            "WriteGetObjectResponse": call({ try EndpointS3Client(configuration: $0).client }, EndpointS3Client.Operations.writeGetObjectResponse, EndpointS3.WriteGetObjectResponseRequest.self),
        ],
        "s3control": s3Control,
        "dynamodb": [
            "BatchGetItem": call({ try EndpointDynamoDBClient(configuration: $0).client }, EndpointDynamoDBClient.Operations.batchGetItem, BatchGetItemInput.self),
            "DescribeTable": call({ try EndpointDynamoDBClient(configuration: $0).client }, EndpointDynamoDBClient.Operations.describeTable, DescribeTableInput.self),
            "ListTables": call({ try EndpointDynamoDBClient(configuration: $0).client }, EndpointDynamoDBClient.Operations.listTables, ListTablesInput.self),
            "SearchVectors": call({ try EndpointDynamoDBClient(configuration: $0).client }, EndpointDynamoDBClient.Operations.searchVectors, SearchVectorsInput.self),
        ],
        "sts": [
            "GetCallerIdentity": call({ try EndpointSTSClient(configuration: $0).client }, EndpointSTSClient.Operations.getCallerIdentity, GetCallerIdentityRequest.self),
        ],
        "kinesis": [
            "GetShardIterator": call({ try EndpointKinesisClient(configuration: $0).client }, EndpointKinesisClient.Operations.getShardIterator, GetShardIteratorInput.self),
            "ListShards": call({ try EndpointKinesisClient(configuration: $0).client }, EndpointKinesisClient.Operations.listShards, ListShardsInput.self),
        ],
        "events": [
            "PutEvents": call({ try EndpointEventBridgeClient(configuration: $0).client }, EndpointEventBridgeClient.Operations.putEvents, PutEventsRequest.self),
        ],
    ]

    /// The host prefixes of the operations that have one, by operation name.
    static let hostPrefixes = ["WriteGetObjectResponse": EndpointS3Client.Operations.writeGetObjectResponse.hostPrefix!]

    static let s3Control: [String: Call] = {
        let client: @Sendable (AWSClientConfiguration) throws -> AWSClient = { try EndpointS3ControlClient(configuration: $0).client }
        typealias Operations = EndpointS3ControlClient.Operations
        return [
            "CreateAccessPoint": call(client, Operations.createAccessPoint, CreateAccessPointRequest.self),
            "CreateBucket": call(client, Operations.createBucket, EndpointS3Control.CreateBucketRequest.self),
            "DeleteAccessPoint": call(client, Operations.deleteAccessPoint, DeleteAccessPointRequest.self),
            "DeleteAccessPointPolicy": call(client, Operations.deleteAccessPointPolicy, DeleteAccessPointPolicyRequest.self),
            "DeleteAccessPointScope": call(client, Operations.deleteAccessPointScope, DeleteAccessPointScopeRequest.self),
            "GetAccessPoint": call(client, Operations.getAccessPoint, GetAccessPointRequest.self),
            "GetAccessPointPolicy": call(client, Operations.getAccessPointPolicy, GetAccessPointPolicyRequest.self),
            "GetAccessPointPolicyStatus": call(client, Operations.getAccessPointPolicyStatus, GetAccessPointPolicyStatusRequest.self),
            "GetAccessPointScope": call(client, Operations.getAccessPointScope, GetAccessPointScopeRequest.self),
            "GetBucket": call(client, Operations.getBucket, GetBucketRequest.self),
            "GetBucketVersioning": call(client, Operations.getBucketVersioning, GetBucketVersioningRequest.self),
            "ListAccessPointsForDirectoryBuckets": call(client, Operations.listAccessPointsForDirectoryBuckets, ListAccessPointsForDirectoryBucketsRequest.self),
            "ListRegionalBuckets": call(client, Operations.listRegionalBuckets, ListRegionalBucketsRequest.self),
            "ListTagsForResource": call(client, Operations.listTagsForResource, ListTagsForResourceRequest.self),
            "PutAccessPointPolicy": call(client, Operations.putAccessPointPolicy, PutAccessPointPolicyRequest.self),
            "PutAccessPointScope": call(client, Operations.putAccessPointScope, PutAccessPointScopeRequest.self),
            "PutBucketVersioning": call(client, Operations.putBucketVersioning, PutBucketVersioningRequest.self),
            "TagResource": call(client, Operations.tagResource, TagResourceRequest.self),
            "UntagResource": call(client, Operations.untagResource, UntagResourceRequest.self),
        ]
    }()

    /// A call of `operation` with an input of type `Input` decoded from botocore JSON.
    static func call<Input: AWSEncodableShape & AWSDecodableShape>(
        _ client: @escaping @Sendable (AWSClientConfiguration) throws -> AWSClient, _ operation: AWSOperation,
        _ input: Input.Type
    ) -> Call {
        { configuration, parameters, credentials in
            let input = try ProtocolSuiteCoding.decode(Input.self, from: parameters)
            return try client(configuration).signedRequest(operation, input, credentials: credentials, date: Date())
        }
    }
}
