/// Why an S3 transfer failed, when it is not the error of one of its requests (which is thrown as it is).
public enum S3TransferError: Error, Sendable, CustomStringConvertible {
    /// The options cannot be used, for the reason given.
    case invalidOptions(String)
    /// `CreateMultipartUpload` answered without an upload ID.
    case missingUploadID
    /// The upload would need more than 10,000 parts of the part size: a sequence longer than the options allow.
    case tooManyParts(partSize: Int)
    /// The body ended after `received` bytes where its length was given as `expected`.
    case lengthMismatch(expected: Int, received: Int)
    /// A ranged `GetObject` answered with a `Content-Range` other than the range asked for (or none).
    case unexpectedContentRange(requested: String, received: String?)
    /// A part of a download had `received` bytes where `expected` were asked for (it stops being read as soon as it
    /// runs over).
    case partLengthMismatch(range: String, expected: Int, received: Int)
    /// The upload failed with `cause`, and aborting it failed too with `abortError`: the upload `uploadID` is still
    /// open, and its parts are stored (and billed) until it is aborted or a lifecycle rule removes it.
    case abortFailed(uploadID: String, cause: any Error, abortError: any Error)

    public var description: String {
        switch self {
        case .invalidOptions(let reason): "S3 transfer options: \(reason)"
        case .missingUploadID: "CreateMultipartUpload returned no UploadId"
        case .tooManyParts(let partSize):
            "the upload needs more than \(S3TransferOptions.maximumPartCount) parts of \(partSize) bytes; use larger parts"
        case .lengthMismatch(let expected, let received):
            "the body has \(received) bytes where its length was given as \(expected)"
        case .unexpectedContentRange(let requested, let received):
            "GetObject for \(requested) answered with Content-Range \(received.map { "'\($0)'" } ?? "missing")"
        case .partLengthMismatch(let range, let expected, let received):
            "GetObject for \(range) returned \(received) bytes where \(expected) were expected"
        case .abortFailed(let uploadID, let cause, let abortError):
            "the multipart upload failed (\(cause)), and aborting upload \(uploadID) failed too (\(abortError)); it is still open"
        }
    }
}

/// What an upload stored.
public struct S3UploadResult: Sendable, Equatable {
    /// The object's entity tag.
    public var eTag: String?
    /// The object's version, in a bucket with versioning.
    public var versionID: String?
    /// The bytes uploaded.
    public var byteCount: Int
    /// The parts of the multipart upload; 0 when the object went in a single `PutObject`.
    public var partCount: Int

    /// A result with these values.
    public init(eTag: String?, versionID: String?, byteCount: Int, partCount: Int) {
        self.eTag = eTag
        self.versionID = versionID
        self.byteCount = byteCount
        self.partCount = partCount
    }
}

/// What a download wrote.
public struct S3DownloadResult: Sendable, Equatable {
    /// The object's entity tag.
    public var eTag: String?
    /// The bytes written.
    public var byteCount: Int
    /// The `GetObject` requests made.
    public var partCount: Int

    /// A result with these values.
    public init(eTag: String?, byteCount: Int, partCount: Int) {
        self.eTag = eTag
        self.byteCount = byteCount
        self.partCount = partCount
    }
}
