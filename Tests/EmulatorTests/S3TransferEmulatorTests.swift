import AWSRuntime
import EmulatorS3
import Foundation
import TestSupport
import Testing

/// The generated S3 client's transfers against moto: a multipart upload of 3 parts, its abort path, and a ranged
/// concurrent download.
@Suite struct S3TransferEmulatorTests {
    static let mib = 1 << 20
    /// 5 MiB parts (S3's smallest), 2 at a time: a 12 MiB file is 3 parts.
    let options = S3TransferOptions(partSize: 5 << 20, concurrency: 2, multipartThreshold: 5 << 20)

    /// A bucket of its own, and a scratch folder.
    struct Fixture {
        let s3: EmulatorS3Client
        let bucket: String
        let folder: String

        init() async throws {
            s3 = try EmulatorS3Client(configuration: try await EmulatorClients.configuration())
            bucket = EmulatorClients.unique("transfer")
            _ = try await s3.createBucket(CreateBucketRequest(bucket: bucket))
            folder = NSTemporaryDirectory() + EmulatorClients.unique("s3transfer")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }

        /// Writes `bytes` to a file in the folder; its path.
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = folder + "/" + name
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
            return path
        }

        func openUploads() async throws -> Int {
            try await s3.listMultipartUploads(ListMultipartUploadsRequest(bucket: bucket)).uploads?.count ?? 0
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    @Test func aFileGoesUpInThreePartsAndComesBackInRanges() async throws {
        let fixture = try await Fixture()
        defer { fixture.remove() }
        let bytes = SeededGenerator.bytes(12 * Self.mib + 321, seed: 31)
        let source = try fixture.file("source.bin", bytes)
        let uploadProgress = TransferProgressRecorder()
        let uploaded = try await fixture.s3.uploadFile(
            source, to: CreateMultipartUploadRequest(bucket: fixture.bucket, contentType: "application/x-test", key: "big/object.bin"),
            options: options, progress: uploadProgress.handler)
        #expect(uploaded.partCount == 3)
        #expect(uploaded.byteCount == bytes.count)
        // A multipart ETag ends in the number of parts.
        #expect(uploaded.eTag?.hasSuffix("-3\"") == true)
        #expect(uploadProgress.last == S3TransferProgress(transferredBytes: bytes.count, totalBytes: bytes.count))
        #expect(try await fixture.openUploads() == 0)

        let head = try await fixture.s3.headObject(HeadObjectRequest(bucket: fixture.bucket, key: "big/object.bin"))
        #expect(head.contentLength == Int64(bytes.count))
        #expect(head.contentType == "application/x-test")

        let destination = fixture.folder + "/copy.bin"
        let downloadProgress = TransferProgressRecorder()
        let downloaded = try await fixture.s3.downloadFile(
            GetObjectRequest(bucket: fixture.bucket, key: "big/object.bin"), to: destination,
            options: S3TransferOptions(partSize: 4 * Self.mib, concurrency: 3), progress: downloadProgress.handler)
        #expect(downloaded.partCount == 4)
        #expect(downloaded.byteCount == bytes.count)
        #expect(downloaded.eTag == uploaded.eTag)
        #expect(FileManager.default.contents(atPath: destination) == Data(bytes))
        #expect(downloadProgress.last == S3TransferProgress(transferredBytes: bytes.count, totalBytes: bytes.count))
        #expect(downloadProgress.isMonotonic)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder).sorted() == ["copy.bin", "source.bin"])
    }

    @Test func aStreamThatFailsMidwayAbortsTheUploadAndLeavesNoneOpen() async throws {
        let fixture = try await Fixture()
        defer { fixture.remove() }
        // moto lists an open upload until it is aborted, so the count below can see one left open.
        let open = try await fixture.s3.createMultipartUpload(CreateMultipartUploadRequest(bucket: fixture.bucket, key: "open.bin"))
        #expect(try await fixture.openUploads() == 1)
        _ = try await fixture.s3.abortMultipartUpload(
            AbortMultipartUploadRequest(bucket: fixture.bucket, key: "open.bin", uploadId: try #require(open.uploadId)))
        #expect(try await fixture.openUploads() == 0)

        struct SourceFailed: Error {}
        let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        // Two whole parts and a bit, then the source fails.
        let bytes = SeededGenerator.bytes(11 * Self.mib, seed: 32)
        for start in stride(from: 0, to: bytes.count, by: Self.mib) {
            continuation.yield(Array(bytes[start..<min(start + Self.mib, bytes.count)]))
        }
        continuation.finish(throwing: SourceFailed())
        await #expect(throws: SourceFailed.self) {
            _ = try await fixture.s3.upload(
                AWSByteStream(stream), to: CreateMultipartUploadRequest(bucket: fixture.bucket, key: "broken.bin"), options: options)
        }
        #expect(try await fixture.openUploads() == 0)
        await #expect(throws: NoSuchKey.self) {
            _ = try await fixture.s3.getObject(GetObjectRequest(bucket: fixture.bucket, key: "broken.bin"))
        }
    }

    @Test func aStreamOfUnknownLengthIsUploadedInPartsAndASmallOneInOnePut() async throws {
        let fixture = try await Fixture()
        defer { fixture.remove() }
        let bytes = SeededGenerator.bytes(11 * Self.mib, seed: 33)
        let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        for start in stride(from: 0, to: bytes.count, by: 300_007) {
            continuation.yield(Array(bytes[start..<min(start + 300_007, bytes.count)]))
        }
        continuation.finish()
        let uploaded = try await fixture.s3.upload(
            AWSByteStream(stream), to: CreateMultipartUploadRequest(bucket: fixture.bucket, key: "stream.bin"), options: options)
        #expect(uploaded.partCount == 3)
        #expect(try await fixture.s3.getObjectBody(GetObjectRequest(bucket: fixture.bucket, key: "stream.bin")) == bytes)

        let small = try await fixture.s3.upload(
            .string("hello"), to: CreateMultipartUploadRequest(bucket: fixture.bucket, key: "small.txt"))
        #expect(small.partCount == 0)
        #expect(try await fixture.s3.getObjectBody(GetObjectRequest(bucket: fixture.bucket, key: "small.txt")) == Array("hello".utf8))
    }

    @Test func anEmptyObjectAndAMissingOneDownload() async throws {
        let fixture = try await Fixture()
        defer { fixture.remove() }
        _ = try await fixture.s3.putObject(PutObjectRequest(body: .bytes([]), bucket: fixture.bucket, key: "empty"))
        let destination = fixture.folder + "/empty.bin"
        let result = try await fixture.s3.downloadFile(GetObjectRequest(bucket: fixture.bucket, key: "empty"), to: destination)
        #expect(result.byteCount == 0)
        #expect(FileManager.default.contents(atPath: destination) == Data())

        await #expect(throws: NoSuchKey.self) {
            _ = try await fixture.s3.downloadFile(
                GetObjectRequest(bucket: fixture.bucket, key: "missing"), to: fixture.folder + "/missing.bin")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder) == ["empty.bin"])
    }
}
