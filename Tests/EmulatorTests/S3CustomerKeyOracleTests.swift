@_spi(Generated) import AWSRuntime
import EmulatorS3
import Foundation
import Testing

/// SSE-C key headers of a generated S3 client against botocore's for the same input (`botocore_oracle.py request`):
/// the key base64-encoded and its MD5 added when the caller gives no MD5, and both kept when the caller does.
@Suite struct S3CustomerKeyOracleTests {
    static let endpoint = "http://127.0.0.1:9"
    /// A 32-byte AES-256 key, as botocore takes it (raw).
    static let rawKey = "0123456789abcdef0123456789ABCDEF"

    @Test(arguments: ["PutObject", "GetObject", "HeadObject", "UploadPart"])
    func aRawKeyIsEncodedWithItsMD5AsBotocoreDoes(_ operation: String) async throws {
        var params: [String: Any] = ["Bucket": "bkt", "Key": "k", "SSECustomerAlgorithm": "AES256", "SSECustomerKey": Self.rawKey]
        if operation == "UploadPart" { params.merge(["PartNumber": 1, "UploadId": "u"]) { $1 } }
        let expected = try await Self.botocoreKeyHeaders(operation, params)
        #expect(expected.count == 3)
        #expect(try Self.ourKeyHeaders(operation, key: Self.rawKey, md5: nil) == expected)
    }

    @Test func aKeyWithItsMD5IsSentAsGiven() async throws {
        let params: [String: Any] = [
            "Bucket": "bkt", "Key": "k", "SSECustomerAlgorithm": "AES256", "SSECustomerKey": "a2V5", "SSECustomerKeyMD5": "bWQ1",
        ]
        let expected = try await Self.botocoreKeyHeaders("GetObject", params)
        #expect(try Self.ourKeyHeaders("GetObject", key: "a2V5", md5: "bWQ1") == expected)
    }

    @Test func aKeyAlreadyInBase64IsKeptAndItsBytesHashed() throws {
        let encoded = Data(Self.rawKey.utf8).base64EncodedString()
        // The same headers as for the raw key: what botocore sends for it.
        #expect(try Self.ourKeyHeaders("GetObject", key: encoded, md5: nil) == Self.ourKeyHeaders("GetObject", key: Self.rawKey, md5: nil))
    }

    @Test func copySourceKeysAreEncodedToo() throws {
        let input = CopyObjectRequest(
            bucket: "bkt", copySource: "src/k", key: "k", copySourceSSECustomerAlgorithm: "AES256", copySourceSSECustomerKey: Self.rawKey)
        let request = try Self.client().client.buildRequest(EmulatorS3Client.Operations.copyObject, input)
        #expect(request.headers["x-amz-copy-source-server-side-encryption-customer-key"] == Data(Self.rawKey.utf8).base64EncodedString())
        #expect(request.headers["x-amz-copy-source-server-side-encryption-customer-key-MD5"] != nil)
    }

    static func client() throws -> EmulatorS3Client {
        try EmulatorS3Client(configuration: AWSClientConfiguration(
            region: "us-east-1", endpoint: endpoint,
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
            environment: ["AWS_CONFIG_FILE": "/nonexistent/aws/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws/credentials"]))
    }

    /// The SSE-C headers of our request for `operation` on bkt/k, by lowercased name.
    static func ourKeyHeaders(_ operation: String, key: String, md5: String?) throws -> [String: String] {
        let client = try client()
        let request: AWSHTTPRequest
        switch operation {
        case "PutObject":
            request = try client.client.buildRequest(EmulatorS3Client.Operations.putObject, PutObjectRequest(
                bucket: "bkt", key: "k", sseCustomerAlgorithm: "AES256", sseCustomerKey: key, sseCustomerKeyMD5: md5))
        case "HeadObject":
            request = try client.client.buildRequest(EmulatorS3Client.Operations.headObject, HeadObjectRequest(
                bucket: "bkt", key: "k", sseCustomerAlgorithm: "AES256", sseCustomerKey: key, sseCustomerKeyMD5: md5))
        case "UploadPart":
            request = try client.client.buildRequest(EmulatorS3Client.Operations.uploadPart, UploadPartRequest(
                bucket: "bkt", key: "k", partNumber: 1, uploadId: "u", sseCustomerAlgorithm: "AES256", sseCustomerKey: key,
                sseCustomerKeyMD5: md5))
        default:
            request = try client.client.buildRequest(EmulatorS3Client.Operations.getObject, GetObjectRequest(
                bucket: "bkt", key: "k", sseCustomerAlgorithm: "AES256", sseCustomerKey: key, sseCustomerKeyMD5: md5))
        }
        return keyHeaders(request.headers.map { ($0.name, $0.value) })
    }

    static func botocoreKeyHeaders(_ operation: String, _ params: [String: Any]) async throws -> [String: String] {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: params, options: .sortedKeys), as: UTF8.self)
        let oracle = try await OracleProcess.request("s3", operation, params: json, extra: ["--endpoint-url", endpoint])
        return keyHeaders((oracle["headers"] as? [String: String] ?? [:]).map { ($0.key, $0.value) })
    }

    /// The SSE-C headers among `headers`, by lowercased name.
    static func keyHeaders(_ headers: [(String, String)]) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in headers where name.lowercased().contains("server-side-encryption-customer") {
            result[name.lowercased()] = value
        }
        return result
    }
}
