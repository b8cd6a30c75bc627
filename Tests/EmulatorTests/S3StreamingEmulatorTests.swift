import AWSRuntime
import AWSRuntimeTesting
import Crypto
import EmulatorS3
import Foundation
import Testing
import TestSupport

/// Streamed bodies against moto: uploads from a file and from sequences of known and unknown length (`aws-chunked`,
/// signed and with an unsigned checksum trailer), downloads read on demand, 100 MiB each way compared by hash.
@Suite(.serialized) struct S3StreamingEmulatorTests {
    /// A client of moto, with `payloadSigning`.
    static func client(_ payloadSigning: AWSPayloadSigning = .signed) async throws -> (EmulatorS3Client, String) {
        var configuration = try await EmulatorClients.configuration()
        configuration.payloadSigning = payloadSigning
        let s3 = try EmulatorS3Client(configuration: configuration)
        let bucket = EmulatorClients.unique("stream")
        _ = try await s3.createBucket(CreateBucketRequest(bucket: bucket))
        return (s3, bucket)
    }

    @Test func aSequenceOfKnownLengthGoesAsSignedChunks() async throws {
        let (s3, bucket) = try await Self.client()
        let bytes = SeededGenerator.bytes(200_000, seed: 1)
        let body = AWSByteStream(AsyncChunks(bytes, chunkSize: 7_000), length: bytes.count)
        _ = try await s3.putObject(PutObjectRequest(body: body, bucket: bucket, key: "signed.bin"))
        #expect(try await s3.getObjectBody(GetObjectRequest(bucket: bucket, key: "signed.bin")) == bytes)
    }

    @Test func aSequenceOfUnknownLengthGoesWithAnUnsignedChecksumTrailer() async throws {
        let (s3, bucket) = try await Self.client(.unsigned)
        let bytes = SeededGenerator.bytes(150_000, seed: 2)
        let put = PutObjectRequest(
            body: AWSByteStream(AsyncChunks(bytes, chunkSize: 10_000)), bucket: bucket, checksumAlgorithm: .crc32c, key: "trailer.bin")
        _ = try await s3.putObject(put)
        let got = try await s3.getObject(GetObjectRequest(bucket: bucket, key: "trailer.bin"))
        #expect(try await got.body?.collect(upTo: 1 << 20) == bytes)
        #expect(got.contentLength == Int64(bytes.count))
    }

    /// S3 needs the decoded length of signed chunks, so a sequence of unknown length is refused before it is sent
    /// unless it may go unsigned.
    @Test func signedChunksNeedALength() async throws {
        let (s3, bucket) = try await Self.client()
        let body = AWSByteStream(AsyncChunks(Array("abc".utf8), chunkSize: 1))
        await #expect(throws: AWSRequestError.self) {
            _ = try await s3.putObject(PutObjectRequest(body: body, bucket: bucket, key: "refused.bin"))
        }
    }

    @Test func aHundredMiBGoesUpAndDownThroughFilesAndSequences() async throws {
        let (s3, bucket) = try await Self.client(.unsigned)
        let size = 100 * 1024 * 1024
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(EmulatorClients.unique("streaming"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("source.bin").path
        var generator = SeededGenerator(seed: 3)
        let block = (0..<(1 << 20)).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        var contents = Data(capacity: size)
        for index in 0..<100 { contents.append(contentsOf: block.map { $0 ^ UInt8(index) }) }
        try contents.write(to: URL(fileURLWithPath: source))
        let expected = Array(SHA256.hash(data: contents))
        contents = Data()

        // From a file (read twice: once for its hashes, once to send), to a file.
        var fromFile = try await EmulatorClients.configuration()
        fromFile.payloadSigning = .signed
        let signedS3 = try EmulatorS3Client(configuration: fromFile)
        _ = try await signedS3.putObject(PutObjectRequest(body: try .file(path: source), bucket: bucket, key: "file.bin"))
        let downloaded = directory.appendingPathComponent("downloaded.bin").path
        let object = try await s3.getObject(GetObjectRequest(bucket: bucket, key: "file.bin"))
        #expect(object.contentLength == Int64(size))
        #expect(try await object.body?.write(toFile: downloaded) == size)
        #expect(try await Self.sha256(of: try .file(path: downloaded)) == expected)

        // From a sequence of unknown length (aws-chunked with a CRC-32 trailer), read back chunk by chunk.
        let sequence = try AWSByteStream.file(path: source, chunkSize: 300_000)
        _ = try await s3.putObject(PutObjectRequest(body: AWSByteStream(OneShot(sequence)), bucket: bucket, key: "sequence.bin"))
        let streamed = try await s3.getObject(GetObjectRequest(bucket: bucket, key: "sequence.bin"))
        #expect(try await Self.sha256(of: try #require(streamed.body)) == expected)
    }

    /// A body read once is not sent again when its attempt fails; bytes are.
    @Test func aBodyReadOnceIsNotRetried() async throws {
        let transport = AWSStubTransport { request in
            _ = try await request.bodyStream?.collect(upTo: 1 << 20)
            return AWSHTTPResponse(status: 503, body: Array("<Error><Code>SlowDown</Code></Error>".utf8))
        }
        var configuration = AWSClientConfiguration(
            region: "us-east-1", endpoint: "http://127.0.0.1:9",
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
            transport: transport, retry: AWSRetryConfiguration(maxAttempts: 3, baseDelay: .milliseconds(1)),
            environment: ["AWS_CONFIG_FILE": "/nonexistent/aws/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws/credentials"])
        configuration.payloadSigning = .unsigned
        let s3 = try EmulatorS3Client(configuration: configuration)
        await #expect(throws: (any Error).self) {
            _ = try await s3.putObject(PutObjectRequest(body: AWSByteStream(AsyncChunks(Array("once".utf8), chunkSize: 2)), bucket: "b", key: "k"))
        }
        #expect(transport.requests.count == 1)
        await #expect(throws: (any Error).self) {
            _ = try await s3.putObject(PutObjectRequest(body: .string("again"), bucket: "b", key: "k"))
        }
        #expect(transport.requests.count == 4)
    }

    static func sha256(of body: AWSByteStream) async throws -> [UInt8] {
        var hasher = SHA256()
        for try await chunk in body { hasher.update(data: chunk) }
        return Array(hasher.finalize())
    }
}

/// `bytes` in chunks of `chunkSize`, as a caller's sequence would give them.
struct AsyncChunks: AsyncSequence, Sendable {
    typealias Element = [UInt8]
    let bytes: [UInt8]
    let chunkSize: Int

    init(_ bytes: [UInt8], chunkSize: Int) {
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        let bytes: [UInt8]
        let chunkSize: Int
        var offset = 0

        mutating func next() async throws -> [UInt8]? {
            guard offset < bytes.count else { return nil }
            defer { offset += chunkSize }
            return Array(bytes[offset..<Swift.min(offset + chunkSize, bytes.count)])
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(bytes: bytes, chunkSize: chunkSize) }
}

/// Another body's chunks as a sequence of unknown length.
struct OneShot: AsyncSequence, Sendable {
    typealias Element = [UInt8]
    let base: AWSByteStream

    init(_ base: AWSByteStream) { self.base = base }

    func makeAsyncIterator() -> AWSByteStream.AsyncIterator { base.makeAsyncIterator() }
}
