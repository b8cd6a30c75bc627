import Foundation

/// One answer to a `GetObject`, made by a generated S3 client from its output type.
@_spi(Generated)
public struct S3ObjectRange: Sendable {
    /// The `Content-Range` header, such as `bytes 0-8388607/1073741824`; nil when the answer is the whole object.
    public var contentRange: String?
    /// The `Content-Length` header.
    public var contentLength: Int?
    /// The object's entity tag.
    public var eTag: String?
    /// The bytes.
    public var body: AWSByteStream?

    /// An answer with these values.
    public init(contentRange: String?, contentLength: Int?, eTag: String?, body: AWSByteStream?) {
        self.contentRange = contentRange
        self.contentLength = contentLength
        self.eTag = eTag
        self.body = body
    }
}

extension S3Transfer {
    /// Downloads an object to the file at `path` with ranged `getObject` requests of `options.partSize` bytes,
    /// `options.concurrency` at a time. `getObject` takes the `Range` and the `If-Match` to send (nil for neither).
    ///
    /// The first request learns the size and the ETag; the others ask for that ETag, so an object replaced during the
    /// download fails it (`PreconditionFailed`) rather than mixing two versions. The bytes go to a temporary file
    /// beside `path` that replaces it at the end; on failure it is removed, and `path` is left as it was.
    ///
    /// - Throws: the first error of a request or of the file, or ``S3TransferError`` when an answer does not match
    ///   the range asked for.
    public static func download(
        to path: String, options: S3TransferOptions, progress: S3TransferProgressHandler?,
        getObject: @escaping @Sendable (_ range: String?, _ ifMatch: String?) async throws -> S3ObjectRange
    ) async throws -> S3DownloadResult {
        try options.validate(forUpload: false)
        let firstRange = "bytes=0-\(options.partSize - 1)"
        let first: S3ObjectRange
        do {
            first = try await getObject(firstRange, nil)
        } catch let error as any AWSServiceError where error.context.code == "InvalidRange" {
            // An empty object has no byte 0: S3 answers 416 to any range.
            first = try await getObject(nil, nil)
        }
        let file = try S3DownloadFile(path: path)
        do {
            let result = try await download(first: first, firstRange: firstRange, into: file, options: options, progress: progress, getObject: getObject)
            try file.commit()
            return result
        } catch {
            file.discard()
            throw error
        }
    }

    private static func download(
        first: S3ObjectRange, firstRange: String, into file: S3DownloadFile, options: S3TransferOptions,
        progress: S3TransferProgressHandler?,
        getObject: @escaping @Sendable (String?, String?) async throws -> S3ObjectRange
    ) async throws -> S3DownloadResult {
        // Without a Content-Range, the answer is the whole object.
        guard let contentRange = first.contentRange else {
            let reporter = S3TransferProgressReporter(totalBytes: first.contentLength, handler: progress)
            let written = try await file.write(first.body, at: 0, reporter: reporter)
            if let expected = first.contentLength, written != expected {
                throw S3TransferError.partLengthMismatch(range: "the whole object", expected: expected, received: written)
            }
            return S3DownloadResult(eTag: first.eTag, byteCount: written, partCount: 1)
        }
        guard let (start, end, total) = parseContentRange(contentRange), start == 0, end < options.partSize || end + 1 == total else {
            throw S3TransferError.unexpectedContentRange(requested: firstRange, received: contentRange)
        }
        let reporter = S3TransferProgressReporter(totalBytes: total, handler: progress)
        var ranges: [(String, Range<Int>)] = []
        var offset = end + 1
        while offset < total {
            let last = Swift.min(offset + options.partSize, total) - 1
            ranges.append(("bytes=\(offset)-\(last)", offset..<(last + 1)))
            offset = last + 1
        }
        let eTag = first.eTag
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await writePart(first, range: firstRange, expected: 0..<(end + 1), into: file, reporter: reporter)
            }
            var running = 1
            for (header, expected) in ranges {
                if running == options.concurrency {
                    try await group.next()
                    running -= 1
                }
                try Task.checkCancellation()
                group.addTask {
                    let answer = try await getObject(header, eTag)
                    try await writePart(answer, range: header, expected: expected, into: file, reporter: reporter)
                }
                running += 1
            }
            try await group.waitForAll()
        }
        return S3DownloadResult(eTag: eTag, byteCount: total, partCount: ranges.count + 1)
    }

    /// Writes one ranged answer at its offset, after checking that it is the range asked for.
    private static func writePart(
        _ answer: S3ObjectRange, range: String, expected: Range<Int>, into file: S3DownloadFile,
        reporter: S3TransferProgressReporter
    ) async throws {
        guard let received = answer.contentRange.flatMap(parseContentRange),
              received.start == expected.lowerBound, received.end + 1 == expected.upperBound else {
            throw S3TransferError.unexpectedContentRange(requested: range, received: answer.contentRange)
        }
        let written = try await file.write(answer.body, at: expected.lowerBound, limit: expected.count, reporter: reporter)
        guard written == expected.count else {
            throw S3TransferError.partLengthMismatch(range: range, expected: expected.count, received: written)
        }
    }

    /// The first byte, last byte and size in `bytes <first>-<last>/<size>`; nil for anything else, or an
    /// unknown size (`*`).
    static func parseContentRange(_ header: String) -> (start: Int, end: Int, total: Int)? {
        let text = header.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("bytes ") else { return nil }
        let rest = text.dropFirst(6)
        guard let dash = rest.firstIndex(of: "-"), let slash = rest.firstIndex(of: "/"), dash < slash,
              let start = Int(rest[..<dash]), let end = Int(rest[rest.index(after: dash)..<slash]),
              let total = Int(rest[rest.index(after: slash)...]),
              start >= 0, start <= end, end < total else { return nil }
        return (start, end, total)
    }
}
