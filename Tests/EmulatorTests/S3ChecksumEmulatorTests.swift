import AWSRuntime
import EmulatorS3
import Foundation
import Testing

/// Flexible checksums against moto: a CRC-32C upload accepted and echoed, a download validated, and a body
/// corrupted on its way back detected.
@Suite struct S3ChecksumEmulatorTests {
    /// moto's transport, with the body of every GetObject response altered in one byte.
    struct CorruptingTransport: AWSTransport {
        let base: any AWSTransport = AWSDefaultTransport.shared

        func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
            var response = try await base.send(request)
            if request.method == "GET", !response.body.isEmpty { response.body[0] ^= 0xFF }
            return response
        }
    }

    @Test func aCRC32CUploadIsAcceptedAndItsDownloadValidated() async throws {
        let s3 = try EmulatorS3Client(configuration: try await EmulatorClients.configuration())
        let bucket = EmulatorClients.unique("sums")
        _ = try await s3.createBucket(CreateBucketRequest(bucket: bucket))
        let bytes = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) })
        let put = PutObjectRequest(body: AWSByteStream(bytes), bucket: bucket, checksumAlgorithm: .crc32c, key: "crc32c.bin")
        let stored = try await s3.putObject(put)
        #expect(stored.checksumCRC32C == AWSChecksumAlgorithm.crc32c.headerValue(Array(bytes)))

        let got = try await s3.getObject(GetObjectRequest(bucket: bucket, key: "crc32c.bin", checksumMode: .enabled))
        #expect(try await got.body?.collect(upTo: 1 << 20) == Array(bytes))
        #expect(got.checksumCRC32C == stored.checksumCRC32C)

        var corrupting = try await EmulatorClients.configuration()
        corrupting.transport = CorruptingTransport()
        let corrupted = try EmulatorS3Client(configuration: corrupting)
        await #expect(throws: AWSChecksumError.self) {
            _ = try await corrupted.getObjectBody(GetObjectRequest(bucket: bucket, key: "crc32c.bin", checksumMode: .enabled))
        }
    }

    /// With no algorithm chosen the upload gets botocore's default, CRC-32, which moto checks and returns.
    @Test func theDefaultUploadChecksumIsCRC32() async throws {
        let s3 = try EmulatorS3Client(configuration: try await EmulatorClients.configuration())
        let bucket = EmulatorClients.unique("sums")
        _ = try await s3.createBucket(CreateBucketRequest(bucket: bucket))
        let bytes = Data("default checksum".utf8)
        let stored = try await s3.putObject(PutObjectRequest(body: AWSByteStream(bytes), bucket: bucket, key: "default.txt"))
        #expect(stored.checksumCRC32 == AWSChecksumAlgorithm.crc32.headerValue(Array(bytes)))
    }
}
