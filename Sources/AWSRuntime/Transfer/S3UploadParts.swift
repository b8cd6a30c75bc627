/// Cuts an upload's body into the bodies of its parts, in order.
///
/// A file gives ranges of itself, read when each part is sent (and again if it is retried); bytes in memory give
/// slices; a sequence is read into parts of `partSize` bytes, held in memory until they are sent.
struct S3UploadParts {
    /// The chunks a part of a file is read in: smaller than a single upload's, since `concurrency` parts are read at
    /// once.
    static let fileChunkSize = 64 << 10

    private let body: AWSByteStream
    /// The size of every part but the last.
    let partSize: Int
    private var offset = 0
    private var iterator: AWSByteStream.AsyncIterator?
    /// Bytes read from a sequence past the last part.
    private var carry: [UInt8] = []
    private var isFinished = false

    /// The parts of `body`, whose part size is `options.partSize`, or larger for a known length that would need more
    /// than 10,000 parts.
    init(_ body: AWSByteStream, options: S3TransferOptions) {
        self.body = body
        var partSize = options.partSize
        if let length = body.length {
            let needed = (length + S3TransferOptions.maximumPartCount - 1) / S3TransferOptions.maximumPartCount
            // Whole MiB, as the other SDKs round.
            if needed > partSize { partSize = (needed + (1 << 20) - 1) / (1 << 20) * (1 << 20) }
        }
        self.partSize = partSize
        if body.fileRange == nil, body.inMemoryBytes == nil { iterator = body.makeAsyncIterator() }
    }

    /// The bytes handed out so far.
    var byteCount: Int { offset }

    /// The next part's body, or nil after the last. A sequence that ends short of (or runs past) its given length
    /// throws ``S3TransferError/lengthMismatch(expected:received:)``.
    mutating func next() async throws -> AWSByteStream? {
        guard !isFinished else { return nil }
        if let file = body.fileRange {
            let end = Swift.min(offset + partSize, file.range.count)
            guard end > offset else { return finish() }
            defer { offset = end }
            return try .file(
                path: file.path, range: (file.range.lowerBound + offset)..<(file.range.lowerBound + end), chunkSize: Self.fileChunkSize)
        }
        if let bytes = body.inMemoryBytes {
            let end = Swift.min(offset + partSize, bytes.count)
            guard end > offset else { return finish() }
            defer { offset = end }
            return AWSByteStream(Array(bytes[offset..<end]))
        }
        var part = carry
        carry = []
        while part.count < partSize, let chunk = try await iterator?.next() {
            part += chunk
        }
        if part.count > partSize {
            carry = Array(part[partSize...])
            part.removeSubrange(partSize...)
        }
        guard !part.isEmpty else {
            if let length = body.length, length != offset {
                throw S3TransferError.lengthMismatch(expected: length, received: offset)
            }
            return finish()
        }
        offset += part.count
        if let length = body.length, offset > length {
            throw S3TransferError.lengthMismatch(expected: length, received: offset)
        }
        return AWSByteStream(part)
    }

    private mutating func finish() -> AWSByteStream? {
        isFinished = true
        iterator = nil
        return nil
    }
}
