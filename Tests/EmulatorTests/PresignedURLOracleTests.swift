@_spi(Generated) import AWSRuntime
import EmulatorS3
import EmulatorSTS
import Foundation
import Testing

/// Presigned URLs compared byte for byte with botocore's `generate_presigned_url` (`Oracle/presign_oracle.py`),
/// with the SigV4 suite's keys and its clock frozen at 2015-08-30T12:36:00Z: S3 (SigV4, as botocore signs with
/// `signature_version='s3v4'`), with the shared config settings that move S3's presigning endpoint, and STS, a query-protocol service whose form parameters move to the query.
@Suite struct PresignedURLOracleTests {
    static let date = Date(timeIntervalSince1970: 1_440_938_160)

    static func configuration(region: String) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: region,
            credentials: StaticCredentialProvider(AWSCredentials(
                accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            environment: ["AWS_CONFIG_FILE": "/nonexistent/aws/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws/credentials"])
    }

    struct S3Case: Sendable, CustomTestStringConvertible {
        let operation: String
        let region: String
        let bucket: String
        let key: String
        var contentType: String?
        var testDescription: String { "\(operation) \(region) \(bucket)/\(key)" }
    }

    static let s3Cases = [
        S3Case(operation: "GetObject", region: "us-east-1", bucket: "examplebucket", key: "a b/c.txt"),
        S3Case(operation: "GetObject", region: "us-west-2", bucket: "examplebucket", key: "日本/ü~+&=.txt"),
        S3Case(operation: "GetObject", region: "eu-central-1", bucket: "with.dots", key: "k"),
        S3Case(operation: "PutObject", region: "us-east-1", bucket: "examplebucket", key: "upload.bin"),
        S3Case(operation: "PutObject", region: "ap-southeast-2", bucket: "examplebucket", key: "x/y.txt", contentType: "text/plain"),
    ]

    @Test(arguments: s3Cases) func s3MatchesBotocore(_ test: S3Case) async throws {
        var params = ["Bucket": test.bucket, "Key": test.key]
        if let contentType = test.contentType { params["ContentType"] = contentType }
        let expected = try await Self.botocore("s3", test.operation, region: test.region, expires: 900, params: params)
        let s3 = try EmulatorS3Client(configuration: Self.configuration(region: test.region))
        let presigned: AWSPresignedRequest
        if test.operation == "GetObject" {
            presigned = try await s3.client.presign(
                EmulatorS3Client.Operations.getObject, GetObjectRequest(bucket: test.bucket, key: test.key),
                expiresIn: .seconds(900), date: Self.date)
        } else {
            presigned = try await s3.client.presign(
                EmulatorS3Client.Operations.putObject,
                PutObjectRequest(bucket: test.bucket, contentType: test.contentType, key: test.key),
                expiresIn: .seconds(900), date: Self.date)
        }
        #expect(presigned.url.absoluteString == expected)
    }

    /// The shared config settings botocore reads to choose S3's presigning endpoint
    /// (`_should_use_global_endpoint`, then the path style of the endpoint built-ins).
    static let s3ConfigCases: [(region: String, config: String)] = [
        ("us-east-1", "s3_us_east_1_regional_endpoint = regional"),
        ("us-east-1", "s3 =\n    us_east_1_regional_endpoint = regional"),
        ("us-west-2", "s3_us_east_1_regional_endpoint = regional"),
        ("us-east-1", "s3 =\n    addressing_style = path"),
        ("us-west-2", "s3 =\n    addressing_style = path"),
        ("us-east-1", "s3 =\n    addressing_style = virtual"),
        ("us-east-1", "use_dualstack_endpoint = true"),
    ]

    @Test(arguments: s3ConfigCases) func s3FollowsTheSharedConfigAsBotocore(region: String, config: String) async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("presign-config-\(UUID().uuidString)")
        try Data("[default]\n\(config)\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let expected = try await Self.botocore(
            "s3", "GetObject", region: region, expires: 900, params: ["Bucket": "examplebucket", "Key": "k"],
            configFile: file.path)
        var configuration = Self.configuration(region: region)
        configuration.environment["AWS_CONFIG_FILE"] = file.path
        let s3 = try EmulatorS3Client(configuration: configuration)
        let presigned = try await s3.client.presign(
            EmulatorS3Client.Operations.getObject, GetObjectRequest(bucket: "examplebucket", key: "k"),
            expiresIn: .seconds(900), date: Self.date)
        #expect(presigned.url.absoluteString == expected)
    }

    @Test func stsAssumeRoleMatchesBotocore() async throws {
        let expected = try await Self.botocore("sts", "AssumeRole", region: "us-west-2", expires: 60, params: [
            "RoleArn": "arn:aws:iam::123456789012:role/demo", "RoleSessionName": "a session",
        ])
        let sts = try EmulatorSTSClient(configuration: Self.configuration(region: "us-west-2"))
        let presigned = try await sts.client.presign(
            EmulatorSTSClient.Operations.assumeRole,
            AssumeRoleRequest(roleArn: "arn:aws:iam::123456789012:role/demo", roleSessionName: "a session"),
            expiresIn: .seconds(60), date: Self.date)
        #expect(presigned.url.absoluteString == expected)
        #expect(presigned.headers.map(\.name).isEmpty)
    }

    @Test func stsGetCallerIdentityMatchesBotocore() async throws {
        let expected = try await Self.botocore("sts", "GetCallerIdentity", region: "eu-west-1", expires: 604_800, params: [:])
        let sts = try EmulatorSTSClient(configuration: Self.configuration(region: "eu-west-1"))
        let presigned = try await sts.client.presign(
            EmulatorSTSClient.Operations.getCallerIdentity, AWSEmptyShape(), expiresIn: .seconds(604_800), date: Self.date)
        #expect(presigned.url.absoluteString == expected)
    }

    @Test func anExpiryOutsideOneSecondToSevenDaysIsRefused() async throws {
        let s3 = try EmulatorS3Client(configuration: Self.configuration(region: "us-east-1"))
        let input = GetObjectRequest(bucket: "examplebucket", key: "k")
        for expiry in [Duration.zero, .seconds(604_801), .milliseconds(1500)] {
            await #expect(throws: AWSPresigningError.self) {
                _ = try await s3.presignedURL(getObject: input, expiresIn: expiry)
            }
        }
    }

    /// botocore's URL for `operation` of `service` with `params`.
    static func botocore(
        _ service: String, _ operation: String, region: String, expires: Int, params: [String: String],
        configFile: String? = nil
    ) async throws -> String {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: params, options: .sortedKeys), as: UTF8.self)
        let arguments = [OracleProcess.presignOracle, service, operation, region, String(expires), json]
        let output = try await OracleProcess.run(arguments + (configFile.map { [$0] } ?? []))
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
