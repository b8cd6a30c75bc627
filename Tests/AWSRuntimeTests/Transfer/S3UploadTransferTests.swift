@_spi(Generated) @testable import AWSRuntime
import Foundation
import TestSupport
import Testing

/// The upload engine against an in-memory S3: parts, order, concurrency, progress, and aborts.
@Suite struct S3UploadTransferTests {
    static let mib = 1 << 20
    let options = S3TransferOptions(partSize: 5 << 20, concurrency: 3, multipartThreshold: 5 << 20)

    @Test func aFileGoesInPartsSentAtMostConcurrencyAtATimeAndCompletedInOrder() async throws {
        let bytes = SeededGenerator.bytes(23 * Self.mib + 7, seed: 1)
        let file = try TemporaryFile(bytes)
        defer { file.remove() }
        let store = FakeS3Store()
        let progress = TransferProgressRecorder()
        let result = try await S3Transfer.upload(
            try .file(path: file.path), options: options, progress: progress.handler, requests: store.requests(key: "k"))
        #expect(result == S3UploadResult(eTag: "\"multi-5\"", versionID: "v1", byteCount: bytes.count, partCount: 5))
        #expect(store.objects["k"] == bytes)
        #expect(store.peakConcurrency <= 3)
        #expect(store.peakConcurrency >= 2)
        #expect(store.calls.first == "CreateMultipartUpload")
        #expect(store.calls.last == "CompleteMultipartUpload")
        #expect(progress.isMonotonic)
        #expect(progress.reports.count == 5)
        #expect(progress.reports.last == S3TransferProgress(transferredBytes: bytes.count, totalBytes: bytes.count))
    }

    @Test func underTheThresholdItIsOnePutObject() async throws {
        let store = FakeS3Store()
        let bytes = SeededGenerator.bytes(1000, seed: 2)
        let result = try await S3Transfer.upload(.bytes(bytes), options: options, progress: nil, requests: store.requests(key: "k"))
        #expect(result == S3UploadResult(eTag: "\"single\"", versionID: nil, byteCount: 1000, partCount: 0))
        #expect(store.calls == ["PutObject"])
        #expect(store.objects["k"] == bytes)
    }

    @Test func anEmptyBodyIsOnePutObjectEvenWithoutAThreshold() async throws {
        let store = FakeS3Store()
        let noThreshold = S3TransferOptions(partSize: 5 << 20, multipartThreshold: 0)
        _ = try await S3Transfer.upload(.bytes([]), options: noThreshold, progress: nil, requests: store.requests(key: "k"))
        _ = try await S3Transfer.upload(
            AWSByteStream(chunkSequence([])), options: noThreshold, progress: nil, requests: store.requests(key: "k"))
        #expect(store.calls == ["PutObject", "PutObject"])
        #expect(store.objects["k"] == [])
    }

    @Test func aSequenceOfUnknownLengthIsCutIntoPartsOrSentWholeWhenShort() async throws {
        let store = FakeS3Store()
        let long = SeededGenerator.bytes(12 * Self.mib + 1, seed: 3)
        let progress = TransferProgressRecorder()
        // Odd chunk sizes, so that parts are cut across chunks.
        let result = try await S3Transfer.upload(
            AWSByteStream(chunkSequence(long, size: 100_003)), options: options, progress: progress.handler,
            requests: store.requests(key: "long"))
        #expect(result.partCount == 3)
        #expect(result.byteCount == long.count)
        #expect(store.objects["long"] == long)
        #expect(progress.reports.last == S3TransferProgress(transferredBytes: long.count, totalBytes: long.count))

        let short = SeededGenerator.bytes(3 * Self.mib, seed: 4)
        let single = try await S3Transfer.upload(
            AWSByteStream(chunkSequence(short, size: 70_001)), options: options, progress: nil, requests: store.requests(key: "short"))
        #expect(single.partCount == 0)
        #expect(store.objects["short"] == short)
    }

    @Test func aSequenceShorterThanItsLengthFailsAndIsAborted() async throws {
        let store = FakeS3Store()
        let bytes = SeededGenerator.bytes(11 * Self.mib, seed: 5)
        await #expect(throws: S3TransferError.self) {
            _ = try await S3Transfer.upload(
                AWSByteStream(chunkSequence(bytes), length: bytes.count + 10), options: options, progress: nil,
                requests: store.requests(key: "k"))
        }
        #expect(store.aborted == ["upload-1"])
        #expect(store.openUploads == 0)
        #expect(!store.calls.contains("CompleteMultipartUpload"))
    }

    @Test func aFailedPartAbortsTheUploadAndItsErrorIsThrown() async throws {
        let store = FakeS3Store()
        store.failingPart = 2
        let bytes = SeededGenerator.bytes(16 * Self.mib, seed: 6)
        await #expect(throws: FakeS3Store.Failure(message: "part 2 failed")) {
            _ = try await S3Transfer.upload(.bytes(bytes), options: options, progress: nil, requests: store.requests(key: "k"))
        }
        #expect(store.aborted == ["upload-1"])
        #expect(store.openUploads == 0)
        #expect(store.objects["k"] == nil)
    }

    @Test func aFailedSequenceAbortsTheUpload() async throws {
        let store = FakeS3Store()
        let bytes = SeededGenerator.bytes(12 * Self.mib, seed: 7)
        await #expect(throws: FakeS3Store.Failure(message: "source failed")) {
            _ = try await S3Transfer.upload(
                AWSByteStream(chunkSequence(bytes, failure: FakeS3Store.Failure(message: "source failed"))), options: options,
                progress: nil, requests: store.requests(key: "k"))
        }
        #expect(store.aborted == ["upload-1"])
        #expect(store.openUploads == 0)
    }

    @Test func aFailedAbortNamesTheUploadLeftOpen() async throws {
        let store = FakeS3Store()
        store.failingPart = 1
        store.failAbort = true
        let bytes = SeededGenerator.bytes(11 * Self.mib, seed: 8)
        do {
            _ = try await S3Transfer.upload(.bytes(bytes), options: options, progress: nil, requests: store.requests(key: "k"))
            Issue.record("the upload succeeded")
        } catch S3TransferError.abortFailed(let uploadID, let cause, let abortError) {
            #expect(uploadID == "upload-1")
            #expect(cause as? FakeS3Store.Failure == FakeS3Store.Failure(message: "part 1 failed"))
            #expect(abortError as? FakeS3Store.Failure == FakeS3Store.Failure(message: "abort failed"))
        }
        #expect(store.openUploads == 1)
    }

    @Test func aCancelledUploadIsAborted() async throws {
        let store = FakeS3Store()
        store.maxDelayMilliseconds = 200
        let bytes = SeededGenerator.bytes(30 * Self.mib, seed: 9)
        let task = Task {
            try await S3Transfer.upload(.bytes(bytes), options: options, progress: nil, requests: store.requests(key: "k"))
        }
        while !store.calls.contains(where: { $0.hasPrefix("UploadPart") }) { try await Task.sleep(for: .milliseconds(5)) }
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(store.aborted == ["upload-1"])
        #expect(store.openUploads == 0)
        #expect(!store.calls.contains("CompleteMultipartUpload"))
    }

    @Test func aKnownLengthOverTenThousandPartsGetsLargerParts() async throws {
        let length = 100 << 30
        let parts = S3UploadParts(AWSByteStream(chunkSequence([]), length: length), options: S3TransferOptions())
        // 100 GiB / 10,000 is just over 10 MiB: 11 MiB parts, 9,310 of them.
        #expect(parts.partSize == 11 * Self.mib)
        #expect((length + parts.partSize - 1) / parts.partSize <= S3TransferOptions.maximumPartCount)
        let fits = S3UploadParts(AWSByteStream(chunkSequence([]), length: 1 << 30), options: S3TransferOptions())
        #expect(fits.partSize == 8 * Self.mib)
    }

    @Test func aFileRangeBodyReadsOnlyItsBytes() async throws {
        let bytes = SeededGenerator.bytes(300_000, seed: 10)
        let file = try TemporaryFile(bytes)
        defer { file.remove() }
        let body = try AWSByteStream.file(path: file.path, range: 1000..<250_001, chunkSize: 4096)
        #expect(body.length == 249_001)
        #expect(try await body.collect(upTo: .max) == Array(bytes[1000..<250_001]))
        // Read twice, as a retry does.
        #expect(try await body.collect(upTo: .max) == Array(bytes[1000..<250_001]))
        #expect(throws: AWSByteStreamError.self) { try AWSByteStream.file(path: file.path, range: 0..<300_001) }
        // A file gone by the time it is read is an error that names it.
        try FileManager.default.removeItem(atPath: file.path)
        await #expect(throws: AWSByteStreamError.file(path: file.path, reason: "cannot open it for reading: No such file or directory")) {
            _ = try await body.collect(upTo: .max)
        }
    }

    @Test(arguments: [
        S3TransferOptions(partSize: (5 << 20) - 1),
        S3TransferOptions(partSize: (5 << 30) + 1),
        S3TransferOptions(concurrency: 0),
        S3TransferOptions(multipartThreshold: -1),
    ])
    func badOptionsAreRefusedBeforeAnyRequest(options: S3TransferOptions) async throws {
        let store = FakeS3Store()
        await #expect(throws: S3TransferError.self) {
            _ = try await S3Transfer.upload(.bytes([1]), options: options, progress: nil, requests: store.requests(key: "k"))
        }
        #expect(store.calls.isEmpty)
    }
}
