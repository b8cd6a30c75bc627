import Foundation

/// The body of a streaming blob payload (S3's `PutObject` and `GetObject` `Body`, Polly's `AudioStream`, …): bytes in
/// memory, a file read in chunks, or an `AsyncSequence` of byte chunks, read on demand.
///
/// As an upload, bytes and files can be sent again when an attempt is retried; a sequence is read once, so a request
/// whose sequence has begun to be sent is not retried. As a download (an output's payload), it is the response body
/// as it arrives: each chunk is read from the connection when the caller asks for it, so a slow reader slows the
/// sender rather than filling memory. ``collect(upTo:)`` and ``write(toFile:)`` read it to the end.
///
/// ```swift
/// try await s3.putObject(.init(body: .file(path: "/tmp/big.bin"), bucket: "b", key: "k"))
/// let object = try await s3.getObject(.init(bucket: "b", key: "k"))
/// try await object.body?.write(toFile: "/tmp/copy.bin")
/// ```
public struct AWSByteStream: AsyncSequence, Sendable {
    /// One chunk of bytes.
    public typealias Element = [UInt8]

    enum Source: Sendable {
        case bytes([UInt8])
        /// `length` bytes of the file from `offset`.
        case file(path: String, chunkSize: Int, offset: Int)
        case sequence(OneShotChunks)
    }

    let source: Source
    /// The number of bytes, when known in advance (bytes, a file, or a sequence given its length).
    public let length: Int?

    /// The default size of the chunks a file is read in: 1 MiB.
    public static let defaultChunkSize = 1 << 20

    /// A body of `bytes`.
    public init(_ bytes: [UInt8]) {
        source = .bytes(bytes)
        length = bytes.count
    }

    /// A body of `data`.
    public init(_ data: Data) {
        self.init(Array(data))
    }

    /// A body of `bytes`.
    public static func bytes(_ bytes: [UInt8]) -> AWSByteStream { AWSByteStream(bytes) }

    /// A body of `data`.
    public static func data(_ data: Data) -> AWSByteStream { AWSByteStream(data) }

    /// A body of `text` as UTF-8.
    public static func string(_ text: String) -> AWSByteStream { AWSByteStream(Array(text.utf8)) }

    /// The file at `path`, read in chunks of `chunkSize` bytes each time the body is sent; its length is the file's
    /// size now.
    ///
    /// - Throws: ``AWSByteStreamError/file(path:reason:)`` when it is not a regular file that can be read.
    public static func file(path: String, chunkSize: Int = defaultChunkSize) throws -> AWSByteStream {
        try AWSByteStream(path: path, chunkSize: Swift.max(1, chunkSize), range: nil)
    }

    /// The bytes of the file at `path` in `range` (offsets from its start), read in chunks of `chunkSize` bytes each
    /// time the body is sent: a part of a multipart upload, for example.
    ///
    /// - Throws: ``AWSByteStreamError/file(path:reason:)`` when it is not a regular file that can be read, or the
    ///   range does not lie within the file as it is now.
    public static func file(path: String, range: Range<Int>, chunkSize: Int = defaultChunkSize) throws -> AWSByteStream {
        try AWSByteStream(path: path, chunkSize: Swift.max(1, chunkSize), range: range)
    }

    private init(path: String, chunkSize: Int, range: Range<Int>?) throws {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw AWSByteStreamError.file(path: path, reason: "cannot read its attributes: \(error.localizedDescription)")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? NSNumber else {
            throw AWSByteStreamError.file(path: path, reason: "not a regular file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw AWSByteStreamError.file(path: path, reason: "not readable")
        }
        let fileSize = size.intValue
        let range = range ?? 0..<fileSize
        guard range.lowerBound >= 0, range.upperBound <= fileSize else {
            throw AWSByteStreamError.file(path: path, reason: "the range \(range) is not within its \(fileSize) bytes")
        }
        source = .file(path: path, chunkSize: chunkSize, offset: range.lowerBound)
        length = range.count
    }

    /// The chunks of `sequence`, read once, on demand; `length` is their total size when it is known.
    ///
    /// A request with such a body is not retried once the body has begun to be sent, and a second iteration throws
    /// ``AWSByteStreamError/alreadyConsumed``.
    public init<Chunks: AsyncSequence & Sendable>(_ sequence: Chunks, length: Int? = nil) where Chunks.Element == [UInt8] {
        source = .sequence(OneShotChunks(sequence))
        self.length = length
    }

    /// Whether the body can be sent more than once: true for bytes and files, and for a sequence not yet read.
    public var isReplayable: Bool {
        switch source {
        case .bytes, .file: true
        case .sequence(let chunks): !chunks.isStarted
        }
    }

    /// Whether the body can be read any number of times: bytes, a file, or a wrapper of one (never a caller's sequence).
    var isRereadable: Bool {
        switch source {
        case .bytes, .file: true
        case .sequence(let chunks): chunks.isRereadable
        }
    }

    /// The file and the range of it that the body is, if it is part or all of a file.
    var fileRange: (path: String, range: Range<Int>)? {
        if case .file(let path, _, let offset) = source { (path, offset..<(offset + (length ?? 0))) } else { nil }
    }

    /// Whether the body is bytes already in memory.
    var inMemoryBytes: [UInt8]? {
        if case .bytes(let bytes) = source { bytes } else { nil }
    }

    /// Reads the body chunk by chunk.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let reader: any ChunkReader

        /// The next chunk, or nil at the end.
        public mutating func next() async throws -> [UInt8]? {
            try await reader.next()
        }
    }

    /// An iterator over the chunks.
    public func makeAsyncIterator() -> AsyncIterator {
        switch source {
        case .bytes(let bytes): AsyncIterator(reader: BytesReader(bytes))
        case .file(let path, let chunkSize, let offset):
            AsyncIterator(reader: FileChunkReader(path: path, chunkSize: chunkSize, offset: offset, length: length ?? 0))
        case .sequence(let chunks): AsyncIterator(reader: chunks.reader())
        }
    }

    /// The same bytes, passed through `transform` chunk by chunk as they are read, and then `finish` at the end (which
    /// may throw, failing the read); the length is kept.
    func observing(
        _ transform: @escaping @Sendable ([UInt8]) -> Void, finish: @escaping @Sendable () throws -> Void
    ) -> AWSByteStream {
        AWSByteStream(ObservedChunks(base: self, observe: transform, finish: finish), length: length, replayable: isReplayable)
    }

    /// A stream over `sequence` that counts as replayable when `replayable` is (a wrapper of a replayable body).
    init<Chunks: AsyncSequence & Sendable>(_ sequence: Chunks, length: Int?, replayable: Bool) where Chunks.Element == [UInt8] {
        source = .sequence(OneShotChunks(sequence, replayable: replayable))
        self.length = length
    }
}

/// What an ``AWSByteStream/AsyncIterator`` reads from.
protocol ChunkReader: AnyObject, Sendable {
    func next() async throws -> [UInt8]?
}

/// The whole of some bytes, as one chunk.
final class BytesReader: ChunkReader, @unchecked Sendable {
    private var bytes: [UInt8]?

    init(_ bytes: [UInt8]) { self.bytes = bytes.isEmpty ? nil : bytes }

    func next() async throws -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}

/// A caller's sequence of chunks, which may be iterated once (unless it wraps a replayable body).
final class OneShotChunks: Sendable {
    private let make: @Sendable () -> any ChunkReader
    private let replayable: Bool
    private let state = LockedFlag()

    init<Chunks: AsyncSequence & Sendable>(_ sequence: Chunks, replayable: Bool = false) where Chunks.Element == [UInt8] {
        make = { SequenceReader(sequence.makeAsyncIterator()) }
        self.replayable = replayable
    }

    /// Whether it wraps a body that can be read any number of times.
    var isRereadable: Bool { replayable }

    /// Whether an iteration has begun (never true for a replayable wrapper).
    var isStarted: Bool { !replayable && state.value }

    func reader() -> any ChunkReader {
        if state.set() && !replayable { return FailingReader(error: AWSByteStreamError.alreadyConsumed) }
        return make()
    }
}

/// Reads an iterator of a caller's sequence; `AWSByteStream`'s iterator is the only one that calls it.
final class SequenceReader<Iterator: AsyncIteratorProtocol>: ChunkReader, @unchecked Sendable where Iterator.Element == [UInt8] {
    private var iterator: Iterator

    init(_ iterator: Iterator) { self.iterator = iterator }

    func next() async throws -> [UInt8]? {
        // Empty chunks would end a chunked encoding early; they are skipped.
        while let chunk = try await iterator.next() {
            if !chunk.isEmpty { return chunk }
        }
        return nil
    }
}

/// A reader that fails at once.
final class FailingReader: ChunkReader {
    let error: AWSByteStreamError
    init(error: AWSByteStreamError) { self.error = error }
    func next() async throws -> [UInt8]? { throw error }
}

/// A body whose chunks are shown to `observe` as they are read, and `finish` called after the last.
struct ObservedChunks: AsyncSequence, Sendable {
    typealias Element = [UInt8]
    let base: AWSByteStream
    let observe: @Sendable ([UInt8]) -> Void
    let finish: @Sendable () throws -> Void

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: AWSByteStream.AsyncIterator
        let observe: @Sendable ([UInt8]) -> Void
        let finish: @Sendable () throws -> Void
        var isFinished = false

        mutating func next() async throws -> [UInt8]? {
            guard !isFinished else { return nil }
            if let chunk = try await base.next() {
                observe(chunk)
                return chunk
            }
            isFinished = true
            try finish()
            return nil
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), observe: observe, finish: finish)
    }
}

/// A flag set once, under a lock.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    var value: Bool { lock.withLock { isSet } }

    /// Sets the flag; returns whether it was already set.
    func set() -> Bool {
        lock.withLock {
            defer { isSet = true }
            return isSet
        }
    }
}
