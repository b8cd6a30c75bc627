@_spi(Generated) import AWSRuntime
import EmulatorS3
import Foundation
import Testing

/// The checksum headers a generated S3 client adds, compared with those botocore adds for the same input
/// (`botocore_oracle.py request`, offline). The endpoint is plain HTTP, where botocore sends the checksum in a
/// header for streaming bodies too (over HTTPS it sends an `aws-chunked` body with a trailer instead).
@Suite struct S3ChecksumOracleTests {
    static let endpoint = "http://127.0.0.1:9"
    static let body = "hello world"

    @Test func putObjectWithoutAnAlgorithmGetsCRC32() async throws {
        try await expectSameChecksumHeaders(
            "PutObject", params: ["Bucket": "bkt", "Key": "k", "Body": Self.body],
            EmulatorS3Client.Operations.putObject, PutObjectRequest(body: AWSByteStream(Data(Self.body.utf8)), bucket: "bkt", key: "k"))
    }

    @Test(arguments: ["CRC32", "SHA1", "SHA256"]) func putObjectWithAnAlgorithm(_ algorithm: String) async throws {
        let input = PutObjectRequest(
            body: AWSByteStream(Data(Self.body.utf8)), bucket: "bkt", checksumAlgorithm: ChecksumAlgorithm(rawValue: algorithm), key: "k")
        try await expectSameChecksumHeaders(
            "PutObject", params: ["Bucket": "bkt", "Key": "k", "Body": Self.body, "ChecksumAlgorithm": algorithm],
            EmulatorS3Client.Operations.putObject, input)
    }

    @Test func aChecksumTheCallerGivesIsKept() async throws {
        let input = PutObjectRequest(body: AWSByteStream(Data(Self.body.utf8)), bucket: "bkt", checksumCRC32: "AAAAAA==", key: "k")
        try await expectSameChecksumHeaders(
            "PutObject", params: ["Bucket": "bkt", "Key": "k", "Body": Self.body, "ChecksumCRC32": "AAAAAA=="],
            EmulatorS3Client.Operations.putObject, input)
    }

    @Test func whenRequiredSendsNoDefaultChecksum() async throws {
        let environment = ["AWS_REQUEST_CHECKSUM_CALCULATION": "when_required", "AWS_RESPONSE_CHECKSUM_VALIDATION": "WHEN_REQUIRED"]
        try await expectSameChecksumHeaders(
            "PutObject", params: ["Bucket": "bkt", "Key": "k", "Body": Self.body],
            EmulatorS3Client.Operations.putObject, PutObjectRequest(body: AWSByteStream(Data(Self.body.utf8)), bucket: "bkt", key: "k"),
            environment: environment)
        try await expectSameChecksumHeaders(
            "GetObject", params: ["Bucket": "bkt", "Key": "k"],
            EmulatorS3Client.Operations.getObject, GetObjectRequest(bucket: "bkt", key: "k"), environment: environment)
    }

    @Test func deleteObjectsRequiresAChecksumOfItsXMLBody() async throws {
        let input = DeleteObjectsRequest(
            bucket: "bkt", delete: Delete(objects: [EmulatorS3.ObjectIdentifier(key: "a"), EmulatorS3.ObjectIdentifier(key: "b c")]))
        try await expectSameChecksumHeaders(
            "DeleteObjects", params: ["Bucket": "bkt", "Delete": ["Objects": [["Key": "a"], ["Key": "b c"]]]],
            EmulatorS3Client.Operations.deleteObjects, input,
            environment: ["AWS_REQUEST_CHECKSUM_CALCULATION": "when_required"])
    }

    @Test func getObjectAsksForTheResponseChecksum() async throws {
        try await expectSameChecksumHeaders(
            "GetObject", params: ["Bucket": "bkt", "Key": "k"],
            EmulatorS3Client.Operations.getObject, GetObjectRequest(bucket: "bkt", key: "k"))
    }

    /// Builds the request of `operation` with `input` and with botocore, with the same environment, and compares
    /// the checksum headers (names case-insensitive) and the body.
    private func expectSameChecksumHeaders<Input: AWSEncodableShape>(
        _ name: String, params: [String: Any], _ operation: AWSOperation, _ input: Input,
        environment: [String: String] = [:]
    ) async throws {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: params, options: .sortedKeys), as: UTF8.self)
        let oracle = try await OracleProcess.request(
            "s3", name, params: json, extra: ["--endpoint-url", Self.endpoint], environment: environment)
        let expected = Self.checksumHeaders((oracle["headers"] as? [String: String] ?? [:]).map { ($0.key, $0.value) })
        let client = try EmulatorS3Client(configuration: AWSClientConfiguration(
            region: "us-east-1", endpoint: Self.endpoint,
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
            environment: environment.merging(["AWS_CONFIG_FILE": "/nonexistent/aws/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws/credentials"]) { $1 }))
        let request = try client.client.buildRequest(operation, input)
        #expect(Self.checksumHeaders(request.headers.map { ($0.name, $0.value) }) == expected, "\(name) \(params)")
        #expect(String(decoding: request.body, as: UTF8.self) == oracle["body"] as? String)
    }

    /// The checksum headers among `headers`, by lowercased name.
    private static func checksumHeaders(_ headers: [(String, String)]) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in headers {
            let lower = name.lowercased()
            if lower.hasPrefix("x-amz-checksum-") || lower == "x-amz-sdk-checksum-algorithm" || lower == "content-md5" {
                result[lower] = value
            }
        }
        return result
    }
}
