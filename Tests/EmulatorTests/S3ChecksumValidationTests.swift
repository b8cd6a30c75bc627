@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
import EmulatorS3
import Foundation
import Testing

/// Response checksum validation and the checksum settings, with a stub transport that answers GetObject.
@Suite struct S3ChecksumValidationTests {
    static let body = Array("the object's bytes".utf8)

    /// A client whose transport answers every request with `headers`, and GetObject with `body`.
    static func client(
        headers: [(String, String)], body: [UInt8] = body, environment: [String: String] = [:],
        configure: (inout AWSClientConfiguration) -> Void = { _ in }
    ) throws -> (EmulatorS3Client, AWSStubTransport) {
        let transport = AWSStubTransport { request in
            AWSHTTPResponse(status: 200, headers: AWSHTTPHeaders(headers), body: request.method == "GET" ? body : [])
        }
        var configuration = AWSClientConfiguration(
            region: "us-east-1", endpoint: "http://127.0.0.1:9",
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
            transport: transport, retry: AWSRetryConfiguration(maxAttempts: 1),
            environment: environment.merging(["AWS_CONFIG_FILE": "/nonexistent/aws/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws/credentials"]) { $1 })
        configure(&configuration)
        return (try EmulatorS3Client(configuration: configuration), transport)
    }

    static func header(_ algorithm: AWSChecksumAlgorithm, of bytes: [UInt8] = body) -> (String, String) {
        (algorithm.headerName, algorithm.headerValue(bytes))
    }

    @Test(arguments: AWSChecksumAlgorithm.allCases) func aMatchingChecksumPasses(_ algorithm: AWSChecksumAlgorithm) async throws {
        let (s3, transport) = try Self.client(headers: [Self.header(algorithm)])
        let output = try await s3.getObject(GetObjectRequest(bucket: "bkt", key: "k"))
        #expect(try await output.body?.collect(upTo: 1 << 20) == Self.body)
        #expect(transport.requests.first?.headers["x-amz-checksum-mode"] == "ENABLED")
    }

    @Test func aCorruptedBodyIsDetected() async throws {
        var corrupted = Self.body
        corrupted[3] ^= 0x01
        let (s3, _) = try Self.client(headers: [Self.header(.crc32c)], body: corrupted)
        await #expect(throws: AWSChecksumError.mismatch(
            operation: "GetObject", header: "x-amz-checksum-crc32c", expected: AWSChecksumAlgorithm.crc32c.headerValue(Self.body),
            computed: AWSChecksumAlgorithm.crc32c.headerValue(corrupted)
        )) {
            _ = try await s3.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k"))
        }
    }

    /// The first header in botocore's priority order is checked: a wrong SHA-256 behind a right CRC-64/NVME passes,
    /// a wrong CRC-32 in front of a right SHA-1 fails.
    @Test func theFirstAlgorithmInPriorityOrderIsChecked() async throws {
        let (passing, _) = try Self.client(headers: [("x-amz-checksum-sha256", "AAAA"), Self.header(.crc64nvme)])
        _ = try await passing.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k"))
        let (failing, _) = try Self.client(headers: [Self.header(.sha1), ("x-amz-checksum-crc32", "AAAAAA==")])
        await #expect(throws: AWSChecksumError.self) { _ = try await failing.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k")) }
    }

    /// A multipart object's composite checksum (`<base64>-<parts>`) cannot be checked against the body and is
    /// skipped for the next algorithm, as botocore skips it.
    @Test func aCompositeChecksumIsSkipped() async throws {
        let (composite, _) = try Self.client(headers: [("x-amz-checksum-crc32c", "AAAAAA==-3")])
        _ = try await composite.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k"))
        let (next, _) = try Self.client(headers: [("x-amz-checksum-crc32c", "AAAAAA==-3"), ("x-amz-checksum-crc32", "AAAAAA==")])
        await #expect(throws: AWSChecksumError.self) { _ = try await next.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k")) }
    }

    @Test func whenRequiredValidatesOnlyWhatTheCallerAsksFor() async throws {
        let wrong = [("x-amz-checksum-crc32", "AAAAAA==")]
        let (fromEnvironment, transport) = try Self.client(
            headers: wrong, environment: ["AWS_RESPONSE_CHECKSUM_VALIDATION": "when_required"])
        _ = try await fromEnvironment.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k"))
        #expect(transport.requests.first?.headers["x-amz-checksum-mode"] == nil)
        await #expect(throws: AWSChecksumError.self) {
            _ = try await fromEnvironment.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k", checksumMode: .enabled))
        }
        let (fromConfiguration, _) = try Self.client(headers: wrong) { $0.responseChecksumValidation = .whenRequired }
        _ = try await fromConfiguration.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k"))
    }

    @Test func theSharedConfigKeysAreRead() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("s3sums-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config")
        try "[default]\nrequest_checksum_calculation = WHEN_REQUIRED\nresponse_checksum_validation = when_required\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let (s3, transport) = try Self.client(headers: [("x-amz-checksum-crc32", "AAAAAA==")]) {
            $0.environment["AWS_CONFIG_FILE"] = config.path
        }
        _ = try await s3.getObjectBody(GetObjectRequest(bucket: "bkt", key: "k"))
        _ = try await s3.putObject(PutObjectRequest(body: AWSByteStream(Data(Self.body)), bucket: "bkt", key: "k"))
        #expect(transport.requests.map { $0.headers.contains { $0.name.lowercased().hasPrefix("x-amz-checksum") } } == [false, false])
    }

    @Test func aBadSettingIsAnErrorThatNamesIt() async throws {
        let (s3, transport) = try Self.client(headers: [], environment: ["AWS_REQUEST_CHECKSUM_CALCULATION": "sometimes"])
        await #expect(throws: AWSConfigurationError(
            "the environment variable AWS_REQUEST_CHECKSUM_CALCULATION must be when_supported or when_required, not 'sometimes'"
        )) {
            _ = try await s3.putObject(PutObjectRequest(body: AWSByteStream(Data(Self.body)), bucket: "bkt", key: "k"))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func anAlgorithmTheRuntimeLacksIsAnError() async throws {
        let (s3, transport) = try Self.client(headers: [])
        let input = PutObjectRequest(body: AWSByteStream(Data(Self.body)), bucket: "bkt", checksumAlgorithm: .sha512, key: "k")
        await #expect(throws: AWSChecksumError.unsupportedAlgorithm(
            operation: "PutObject", header: "x-amz-sdk-checksum-algorithm", value: "SHA512"
        )) {
            _ = try await s3.putObject(input)
        }
        #expect(transport.requests.isEmpty)
    }

    /// A CRC-32C computed for the request is the one its bytes have.
    @Test func aChosenAlgorithmChecksTheBodySent() async throws {
        let (s3, transport) = try Self.client(headers: [])
        let input = PutObjectRequest(body: AWSByteStream(Data(Self.body)), bucket: "bkt", checksumAlgorithm: .crc64nvme, key: "k")
        _ = try await s3.putObject(input)
        let sent = try #require(transport.requests.first)
        #expect(sent.headers["x-amz-checksum-crc64nvme"] == AWSChecksumAlgorithm.crc64nvme.headerValue(sent.body))
        #expect(sent.headers["x-amz-sdk-checksum-algorithm"] == "CRC64NVME")
    }
}
