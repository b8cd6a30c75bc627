import AWSRuntime
import AWSRuntimeTesting
import EndpointDynamoDB
import EndpointS3
import Foundation
import Testing

@_spi(Generated) import AWSRuntime

/// Endpoints chosen per request by generated clients: S3's addressing style by bucket name, DynamoDB's account
/// routing from the credentials, and the settings that feed the rules.
@Suite struct EndpointClientTests {
    static let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret", accountId: "111122223333")

    static func s3(_ change: (inout AWSClientConfiguration) -> Void = { _ in }) throws -> EndpointS3Client {
        var configuration = AWSClientConfiguration(
            region: "us-west-2", credentials: StaticCredentialProvider(credentials), transport: AWSStubTransport(),
            environment: ["HOME": "/nonexistent"])
        change(&configuration)
        return try EndpointS3Client(configuration: configuration)
    }

    static func getObjectURL(_ client: EndpointS3Client, bucket: String, key: String = "a/b.txt") throws -> String {
        try client.client.signedRequest(
            EndpointS3Client.Operations.getObject, GetObjectRequest(bucket: bucket, key: key), credentials: credentials,
            date: Date()
        ).url
    }

    @Test func s3UsesVirtualHostedURLsChosenPerBucket() throws {
        let client = try Self.s3()
        #expect(try Self.getObjectURL(client, bucket: "photos") == "https://photos.s3.us-west-2.amazonaws.com/a/b.txt")
        #expect(try Self.getObjectURL(client, bucket: "logs") == "https://logs.s3.us-west-2.amazonaws.com/a/b.txt")
        // A name that cannot be a host label goes in the path.
        #expect(try Self.getObjectURL(client, bucket: "My_Bucket") == "https://s3.us-west-2.amazonaws.com/My_Bucket/a/b.txt")
    }

    @Test func anEndpointURLWithForcePathStyleGivesPathStyleURLs() throws {
        let pathStyle = try Self.s3 {
            $0.endpoint = "https://minio.example.com:9000"
            $0.endpointParameters = ["ForcePathStyle": true]
        }
        #expect(try Self.getObjectURL(pathStyle, bucket: "photos") == "https://minio.example.com:9000/photos/a/b.txt")
        let virtual = try Self.s3 { $0.endpoint = "https://minio.example.com:9000" }
        #expect(try Self.getObjectURL(virtual, bucket: "photos") == "https://photos.minio.example.com:9000/a/b.txt")
    }

    @Test func theSharedConfigsAddressingStyleSetsPathStyle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config")
        try "[default]\ns3 =\n  addressing_style = path\n".write(to: config, atomically: true, encoding: .utf8)
        let client = try Self.s3 { $0.environment["AWS_CONFIG_FILE"] = config.path }
        #expect(try Self.getObjectURL(client, bucket: "photos") == "https://s3.us-west-2.amazonaws.com/photos/a/b.txt")
    }

    @Test func s3SignsWithThePayloadHashAndThePathAsSent() throws {
        let request = try Self.s3().client.signedRequest(
            EndpointS3Client.Operations.getObject, GetObjectRequest(bucket: "photos", key: "a b/c"),
            credentials: Self.credentials, date: Date())
        #expect(request.path == "/a%20b/c")
        #expect(request.headers["x-amz-content-sha256"] == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(request.headers["Authorization"]?.contains("/us-west-2/s3/aws4_request") == true)
    }

    /// A Multi-Region Access Point's endpoint asks for SigV4a over every region.
    @Test func multiRegionAccessPointsAreSignedWithSigV4a() throws {
        let request = try Self.s3().client.signedRequest(
            EndpointS3Client.Operations.getObject,
            GetObjectRequest(bucket: "arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap", key: "k"),
            credentials: Self.credentials, date: Date())
        #expect(request.url == "https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com/k")
        #expect(request.headers["X-Amz-Region-Set"] == "*")
        #expect(request.headers["Authorization"]?.hasPrefix("AWS4-ECDSA-P256-SHA256 Credential=AKID/") == true)
        #expect(request.headers["Authorization"]?.contains("/s3/aws4_request") == true)
    }

    @Test func badSettingsAreTypedErrorsThatNameTheirSource() throws {
        #expect(throws: AWSConfigurationError.self) {
            try Self.s3 { $0.endpointParameters = ["ForcePathStlye": true] }
        }
        do {
            _ = try Self.s3 { $0.environment["AWS_S3_USE_ARN_REGION"] = "yes" }
            Issue.record("expected an error")
        } catch let error as AWSConfigurationError {
            #expect(error.message.contains("AWS_S3_USE_ARN_REGION"))
        }
    }

    @Test func anInvalidBucketARNFailsBeforeSending() throws {
        let transport = AWSStubTransport()
        let client = try Self.s3 { $0.transport = transport }
        #expect(throws: AWSRequestError.self) {
            try Self.getObjectURL(client, bucket: "arn:aws:not-s3:us-west-2:123456789012:accesspoint:myendpoint")
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func dynamoDBRoutesByTheCredentialsAccount() async throws {
        let transport = AWSStubTransport(body: #"{"TableNames": []}"#)
        let client = try EndpointDynamoDBClient(configuration: AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Self.credentials), transport: transport,
            environment: ["HOME": "/nonexistent"]))
        _ = try await client.listTables(ListTablesInput())
        #expect(transport.requests.first?.url == "https://111122223333.ddb.us-east-1.amazonaws.com/")
        let disabled = try EndpointDynamoDBClient(configuration: AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Self.credentials), transport: transport,
            environment: ["HOME": "/nonexistent", "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled"]))
        _ = try await disabled.listTables(ListTablesInput())
        #expect(transport.requests.last?.url == "https://dynamodb.us-east-1.amazonaws.com/")
    }
}
