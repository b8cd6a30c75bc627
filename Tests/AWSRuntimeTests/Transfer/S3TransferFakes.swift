@_spi(Generated) @testable import AWSRuntime
import Foundation
import TestSupport

/// An in-memory S3 for the transfer engine: multipart uploads, objects and ranged reads, with the requests counted,
/// the parts in flight tracked, and failures injected.
final class FakeS3Store: @unchecked Sendable {
    struct Part: Sendable, Equatable {
        var number: Int
        var eTag: String
    }

    private let lock = NSLock()
    private var uploads: [String: [Int: [UInt8]]] = [:]
    private(set) var objects: [String: [UInt8]] = [:]
    private var nextID = 0
    private var running = 0
    /// The most parts sent or ranges read at once.
    private(set) var peakConcurrency = 0
    private(set) var calls: [String] = []
    /// The upload IDs aborted.
    private(set) var aborted: [String] = []
    /// Fails `UploadPart` for this part number.
    var failingPart: Int?
    /// Fails `AbortMultipartUpload`.
    var failAbort = false
    /// The longest random delay of a part or range, to make them finish out of order.
    var maxDelayMilliseconds = 5
    private var random = SeededGenerator(seed: 0x5EED_7A45)

    struct Failure: Error, Equatable { var message: String }

    var openUploads: Int { lock.withLock { uploads.count } }

    func record(_ call: String) { lock.withLock { calls.append(call) } }

    private func delay() async throws {
        let milliseconds = lock.withLock { Int.random(in: 0...maxDelayMilliseconds, using: &random) }
        try await Task.sleep(for: .milliseconds(milliseconds))
    }

    /// Runs `body` counted as one of the requests in flight.
    private func inFlight<T>(_ body: () async throws -> T) async throws -> T {
        lock.withLock {
            running += 1
            peakConcurrency = max(peakConcurrency, running)
        }
        defer { lock.withLock { running -= 1 } }
        try await delay()
        return try await body()
    }

    func requests(key: String) -> S3UploadRequests<Part> {
        S3UploadRequests(
            putObject: { body in
                self.record("PutObject")
                let bytes = try await body.collect(upTo: .max)
                self.lock.withLock { self.objects[key] = bytes }
                return (eTag: "\"single\"", versionID: nil)
            },
            createMultipartUpload: {
                self.lock.withLock {
                    self.calls.append("CreateMultipartUpload")
                    self.nextID += 1
                    self.uploads["upload-\(self.nextID)"] = [:]
                    return "upload-\(self.nextID)"
                }
            },
            uploadPart: { uploadID, number, body in
                try await self.inFlight {
                    self.record("UploadPart \(number)")
                    if number == self.failingPart { throw Failure(message: "part \(number) failed") }
                    let bytes = try await body.collect(upTo: .max)
                    try self.lock.withLock {
                        guard self.uploads[uploadID] != nil else { throw Failure(message: "NoSuchUpload") }
                        self.uploads[uploadID]![number] = bytes
                    }
                    return Part(number: number, eTag: "\"etag-\(number)\"")
                }
            },
            completeMultipartUpload: { uploadID, parts in
                try self.lock.withLock {
                    self.calls.append("CompleteMultipartUpload")
                    guard let stored = self.uploads.removeValue(forKey: uploadID) else { throw Failure(message: "NoSuchUpload") }
                    guard parts.map(\.number) == Array(1...max(1, parts.count)), parts.count == stored.count else {
                        throw Failure(message: "InvalidPartOrder")
                    }
                    self.objects[key] = parts.flatMap { stored[$0.number]! }
                    return (eTag: "\"multi-\(parts.count)\"", versionID: "v1")
                }
            },
            abortMultipartUpload: { uploadID in
                try self.lock.withLock {
                    self.calls.append("AbortMultipartUpload")
                    if self.failAbort { throw Failure(message: "abort failed") }
                    self.aborted.append(uploadID)
                    self.uploads[uploadID] = nil
                }
            })
    }

    /// How the fake answers ranged reads.
    enum RangeBehaviour {
        /// As S3 does.
        case honest
        /// Ignores `Range` and returns the whole object without `Content-Range`.
        case ignoresRange
        /// Answers with a `Content-Range` one byte off.
        case wrongRange
        /// Replaces the object after the first read, so later reads with `If-Match` fail.
        case replacedAfterFirst
        /// Sends one byte fewer than the range in every part after the first.
        case shortBody
    }

    func getObject(key: String, behaviour: RangeBehaviour = .honest, eTag: String = "\"abc\"")
        -> @Sendable (String?, String?) async throws -> S3ObjectRange
    {
        { range, ifMatch in
            try await self.inFlight {
                self.record("GetObject \(range ?? "whole")\(ifMatch.map { " if-match \($0)" } ?? "")")
                let (bytes, currentETag): ([UInt8], String) = try self.lock.withLock {
                    guard let bytes = self.objects[key] else {
                        throw AWSUnknownServiceError(context: AWSErrorContext(code: "NoSuchKey", status: 404))
                    }
                    let replaced = behaviour == .replacedAfterFirst && self.calls.count > 1
                    return (bytes, replaced ? "\"other\"" : eTag)
                }
                if let ifMatch, ifMatch != currentETag {
                    throw AWSUnknownServiceError(context: AWSErrorContext(code: "PreconditionFailed", status: 412))
                }
                guard let range, behaviour != .ignoresRange else {
                    return S3ObjectRange(contentRange: nil, contentLength: bytes.count, eTag: currentETag, body: AWSByteStream(bytes))
                }
                let bounds = range.dropFirst("bytes=".count).split(separator: "-").compactMap { Int($0) }
                guard bytes.count > 0 else {
                    throw AWSUnknownServiceError(context: AWSErrorContext(code: "InvalidRange", status: 416))
                }
                let last = min(bounds[1], bytes.count - 1)
                var slice = Array(bytes[bounds[0]...last])
                if behaviour == .shortBody, bounds[0] > 0 { slice.removeLast() }
                let shift = behaviour == .wrongRange ? 1 : 0
                return S3ObjectRange(
                    contentRange: "bytes \(bounds[0] + shift)-\(last + shift)/\(bytes.count)", contentLength: slice.count,
                    eTag: currentETag, body: chunked(slice))
            }
        }
    }

    func put(_ bytes: [UInt8], key: String) { lock.withLock { objects[key] = bytes } }
}

/// `bytes` as a sequence of 64 KiB chunks, as a connection delivers them, with the given length.
func chunked(_ bytes: [UInt8], length: Int? = nil) -> AWSByteStream {
    AWSByteStream(chunkSequence(bytes), length: length ?? bytes.count)
}

/// `bytes` in chunks of `size`, then `failure` if there is one.
func chunkSequence(_ bytes: [UInt8], size: Int = 1 << 16, failure: (any Error)? = nil) -> AsyncThrowingStream<[UInt8], any Error> {
    let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
    for start in stride(from: 0, to: bytes.count, by: size) {
        continuation.yield(Array(bytes[start..<min(start + size, bytes.count)]))
    }
    continuation.finish(throwing: failure)
    return stream
}

/// A file of `bytes` in a new temporary folder; the folder's path is `folder`.
struct TemporaryFile {
    let folder: String
    let path: String

    init(_ bytes: [UInt8], name: String = "object.bin") throws {
        folder = NSTemporaryDirectory() + "s3transfer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
    }

    /// The names in the folder.
    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
