/// The requests of an upload, made by a generated S3 client for its own input and output types; `Part` is its
/// `CompletedPart`.
@_spi(Generated)
public struct S3UploadRequests<Part: Sendable>: Sendable {
    /// `PutObject` with the body, for an upload under the threshold: the object's ETag and version.
    public var putObject: @Sendable (_ body: AWSByteStream) async throws -> (eTag: String?, versionID: String?)
    /// `CreateMultipartUpload`: the upload ID.
    public var createMultipartUpload: @Sendable () async throws -> String?
    /// `UploadPart` with the body of part `partNumber` (from 1): the part as `CompleteMultipartUpload` lists it.
    public var uploadPart: @Sendable (_ uploadID: String, _ partNumber: Int, _ body: AWSByteStream) async throws -> Part
    /// `CompleteMultipartUpload` with the parts in order: the object's ETag and version.
    public var completeMultipartUpload: @Sendable (_ uploadID: String, _ parts: [Part]) async throws -> (eTag: String?, versionID: String?)
    /// `AbortMultipartUpload`.
    public var abortMultipartUpload: @Sendable (_ uploadID: String) async throws -> Void

    /// The requests.
    public init(
        putObject: @escaping @Sendable (AWSByteStream) async throws -> (eTag: String?, versionID: String?),
        createMultipartUpload: @escaping @Sendable () async throws -> String?,
        uploadPart: @escaping @Sendable (String, Int, AWSByteStream) async throws -> Part,
        completeMultipartUpload: @escaping @Sendable (String, [Part]) async throws -> (eTag: String?, versionID: String?),
        abortMultipartUpload: @escaping @Sendable (String) async throws -> Void
    ) {
        self.putObject = putObject
        self.createMultipartUpload = createMultipartUpload
        self.uploadPart = uploadPart
        self.completeMultipartUpload = completeMultipartUpload
        self.abortMultipartUpload = abortMultipartUpload
    }
}

/// Uploads and downloads of whole objects, in parts, with the requests of a generated S3 client.
@_spi(Generated)
public enum S3Transfer {
    /// Uploads `body`: in one `PutObject` when it is known to be under `options.multipartThreshold`, else as a
    /// multipart upload of `options.concurrency` parts at a time, aborted when anything fails (or the task is
    /// cancelled), so that no upload is left open.
    ///
    /// - Throws: the first error of a request or of reading the body; ``S3TransferError/abortFailed(uploadID:cause:abortError:)``
    ///   when the abort fails too.
    public static func upload<Part: Sendable>(
        _ body: AWSByteStream, options: S3TransferOptions, progress: S3TransferProgressHandler?,
        requests: S3UploadRequests<Part>
    ) async throws -> S3UploadResult {
        try options.validate(forUpload: true)
        let reporter = S3TransferProgressReporter(totalBytes: body.length, handler: progress)
        if let length = body.length, length < options.multipartThreshold || length == 0 {
            let stored = try await requests.putObject(body)
            reporter.add(length)
            return S3UploadResult(eTag: stored.eTag, versionID: stored.versionID, byteCount: length, partCount: 0)
        }
        var parts = S3UploadParts(body, options: options)
        // A sequence of unknown length is read up to the threshold before choosing.
        var firstParts: [AWSByteStream] = []
        if body.length == nil {
            var read = 0
            while read < Swift.max(options.multipartThreshold, 1), let part = try await parts.next() {
                firstParts.append(part)
                read += part.length ?? 0
            }
            if read < options.multipartThreshold || read == 0 {
                var bytes: [UInt8] = []
                for part in firstParts { bytes += part.inMemoryBytes ?? [] }
                let stored = try await requests.putObject(AWSByteStream(bytes))
                reporter.setTotal(read)
                reporter.add(read)
                return S3UploadResult(eTag: stored.eTag, versionID: stored.versionID, byteCount: read, partCount: 0)
            }
        }
        guard let uploadID = try await requests.createMultipartUpload(), !uploadID.isEmpty else {
            throw S3TransferError.missingUploadID
        }
        do {
            let uploaded = try await uploadParts(
                uploadID: uploadID, first: firstParts, rest: &parts, concurrency: options.concurrency, reporter: reporter,
                requests: requests)
            try Task.checkCancellation()
            let stored = try await requests.completeMultipartUpload(uploadID, uploaded)
            return S3UploadResult(eTag: stored.eTag, versionID: stored.versionID, byteCount: parts.byteCount, partCount: uploaded.count)
        } catch {
            // Unstructured, so that the abort is sent even when this task has been cancelled.
            let abort = Task { try await requests.abortMultipartUpload(uploadID) }
            do {
                try await abort.value
            } catch let abortError {
                throw S3TransferError.abortFailed(uploadID: uploadID, cause: error, abortError: abortError)
            }
            throw error
        }
    }

    /// Sends `first`, then the rest of the parts, at most `concurrency` at a time; the parts in order.
    private static func uploadParts<Part: Sendable>(
        uploadID: String, first: [AWSByteStream], rest parts: inout S3UploadParts, concurrency: Int,
        reporter: S3TransferProgressReporter, requests: S3UploadRequests<Part>
    ) async throws -> [Part] {
        try await withThrowingTaskGroup(of: (Int, Part).self) { group in
            var uploaded: [Part?] = []
            var pending = first[...]
            var running = 0
            while true {
                let next: AWSByteStream?
                if let part = pending.popFirst() { next = part } else { next = try await parts.next() }
                guard let body = next else { break }
                guard uploaded.count < S3TransferOptions.maximumPartCount else {
                    throw S3TransferError.tooManyParts(partSize: parts.partSize)
                }
                if running == concurrency, let (number, part) = try await group.next() {
                    uploaded[number - 1] = part
                    running -= 1
                }
                try Task.checkCancellation()
                uploaded.append(nil)
                let number = uploaded.count
                group.addTask {
                    let part = try await requests.uploadPart(uploadID, number, body)
                    reporter.add(body.length ?? 0)
                    return (number, part)
                }
                running += 1
            }
            reporter.setTotal(parts.byteCount)
            for try await (number, part) in group { uploaded[number - 1] = part }
            // Every slot is filled once the group is drained.
            return uploaded.compactMap { $0 }
        }
    }
}
