@_spi(Generated) @testable import AWSRuntime
import Foundation
import TestSupport
import Testing

/// The download engine against an in-memory S3: ranges, order, concurrency, progress, and what a failure leaves.
@Suite struct S3DownloadTransferTests {
    let options = S3TransferOptions(partSize: 1 << 20, concurrency: 3)

    @Test func rangesAreFetchedAtMostConcurrencyAtATimeAndWrittenInPlace() async throws {
        let store = FakeS3Store()
        let bytes = SeededGenerator.bytes((7 << 20) + 12_345, seed: 21)
        store.put(bytes, key: "k")
        let folder = try TemporaryFile([], name: "old.bin")
        defer { folder.remove() }
        let destination = folder.folder + "/copy.bin"
        let progress = TransferProgressRecorder()
        let result = try await S3Transfer.download(
            to: destination, options: options, progress: progress.handler, getObject: store.getObject(key: "k"))
        #expect(result == S3DownloadResult(eTag: "\"abc\"", byteCount: bytes.count, partCount: 8))
        #expect(FileManager.default.contents(atPath: destination) == Data(bytes))
        #expect(store.peakConcurrency <= 3)
        #expect(store.peakConcurrency >= 2)
        #expect(store.calls.first == "GetObject bytes=0-1048575")
        #expect(store.calls.dropFirst().allSatisfy { $0.hasSuffix("if-match \"abc\"") })
        #expect(store.calls.contains("GetObject bytes=7340032-7352376 if-match \"abc\""))
        #expect(progress.isMonotonic)
        #expect(progress.reports.last == S3TransferProgress(transferredBytes: bytes.count, totalBytes: bytes.count))
        #expect(try folder.contents() == ["copy.bin", "old.bin"])
    }

    @Test func anObjectOfOnePartIsOneRequest() async throws {
        let store = FakeS3Store()
        let bytes = SeededGenerator.bytes(1000, seed: 22)
        store.put(bytes, key: "k")
        let folder = try TemporaryFile([])
        defer { folder.remove() }
        let result = try await S3Transfer.download(
            to: folder.path, options: options, progress: nil, getObject: store.getObject(key: "k"))
        #expect(result.partCount == 1)
        #expect(FileManager.default.contents(atPath: folder.path) == Data(bytes))
    }

    @Test func anEmptyObjectIsFetchedWithoutARange() async throws {
        let store = FakeS3Store()
        store.put([], key: "k")
        let folder = try TemporaryFile([7, 7, 7])
        defer { folder.remove() }
        let result = try await S3Transfer.download(to: folder.path, options: options, progress: nil, getObject: store.getObject(key: "k"))
        #expect(result.byteCount == 0)
        #expect(store.calls == ["GetObject bytes=0-1048575", "GetObject whole"])
        #expect(FileManager.default.contents(atPath: folder.path) == Data())
    }

    @Test func aServerThatIgnoresTheRangeGivesTheWholeObjectInOneRequest() async throws {
        let store = FakeS3Store()
        let bytes = SeededGenerator.bytes(3 << 20, seed: 23)
        store.put(bytes, key: "k")
        let folder = try TemporaryFile([])
        defer { folder.remove() }
        let result = try await S3Transfer.download(
            to: folder.path, options: options, progress: nil, getObject: store.getObject(key: "k", behaviour: .ignoresRange))
        #expect(result.partCount == 1)
        #expect(FileManager.default.contents(atPath: folder.path) == Data(bytes))
    }

    @Test(arguments: [FakeS3Store.RangeBehaviour.wrongRange, .replacedAfterFirst, .shortBody])
    func aBadAnswerFailsAndLeavesTheDestinationAsItWas(behaviour: FakeS3Store.RangeBehaviour) async throws {
        let store = FakeS3Store()
        store.put(SeededGenerator.bytes(5 << 20, seed: 24), key: "k")
        let previous: [UInt8] = Array("the old contents".utf8)
        let folder = try TemporaryFile(previous)
        defer { folder.remove() }
        await #expect(throws: (any Error).self) {
            _ = try await S3Transfer.download(
                to: folder.path, options: options, progress: nil, getObject: store.getObject(key: "k", behaviour: behaviour))
        }
        #expect(FileManager.default.contents(atPath: folder.path) == Data(previous))
        #expect(try folder.contents() == ["object.bin"])
    }

    @Test func aMissingObjectFailsBeforeAnyFileIsMade() async throws {
        let store = FakeS3Store()
        let folder = try TemporaryFile([])
        defer { folder.remove() }
        let destination = folder.folder + "/new.bin"
        await #expect(throws: AWSUnknownServiceError.self) {
            _ = try await S3Transfer.download(to: destination, options: options, progress: nil, getObject: store.getObject(key: "k"))
        }
        #expect(try folder.contents() == ["object.bin"])
    }

    @Test func aFolderThatCannotTakeTheFileIsNamedInTheError() async throws {
        let store = FakeS3Store()
        store.put([1, 2, 3], key: "k")
        let destination = "/nonexistent-\(UUID().uuidString)/copy.bin"
        await #expect(throws: AWSByteStreamError.self) {
            _ = try await S3Transfer.download(to: destination, options: options, progress: nil, getObject: store.getObject(key: "k"))
        }
    }

    @Test(arguments: [
        ("bytes 0-99/1000", 0, 99, 1000), ("bytes 5-5/6", 5, 5, 6),
    ])
    func contentRangesAreRead(header: String, start: Int, end: Int, total: Int) {
        let parsed = S3Transfer.parseContentRange(header)
        #expect(parsed?.start == start && parsed?.end == end && parsed?.total == total)
    }

    @Test(arguments: ["bytes 0-99/*", "bytes */1000", "bytes 10-5/1000", "bytes 0-1000/1000", "items 0-1/2", "bytes -1-5/9", ""])
    func badContentRangesAreRefused(header: String) {
        #expect(S3Transfer.parseContentRange(header) == nil)
    }
}
