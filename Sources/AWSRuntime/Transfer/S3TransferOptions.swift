/// How an S3 transfer splits an object and how many requests it runs at once.
///
/// ```swift
/// let options = S3TransferOptions(partSize: 16 << 20, concurrency: 4)
/// try await s3.uploadFile("/tmp/big.bin", to: .init(bucket: "b", key: "k"), options: options)
/// ```
public struct S3TransferOptions: Sendable, Equatable {
    /// The smallest part S3 accepts in a multipart upload (every part but the last): 5 MiB.
    public static let minimumUploadPartSize = 5 << 20
    /// The largest part S3 accepts: 5 GiB.
    public static let maximumUploadPartSize = 5 << 30
    /// The most parts a multipart upload may have.
    public static let maximumPartCount = 10_000

    /// The size of each part (8 MiB by default): of an upload, at least 5 MiB; of a download, the size of each ranged
    /// `GetObject`. An upload of a known length that would need more than 10,000 parts uses larger parts.
    public var partSize: Int
    /// How many parts are sent or received at once (8 by default). An upload from a sequence holds this many parts in
    /// memory.
    public var concurrency: Int
    /// Uploads smaller than this (8 MiB by default) go in a single `PutObject`.
    public var multipartThreshold: Int

    /// Options with the given sizes and concurrency.
    public init(partSize: Int = 8 << 20, concurrency: Int = 8, multipartThreshold: Int = 8 << 20) {
        self.partSize = partSize
        self.concurrency = concurrency
        self.multipartThreshold = multipartThreshold
    }

    /// Throws when the options cannot make an upload (`forUpload`) or a download.
    func validate(forUpload: Bool) throws {
        let minimum = forUpload ? Self.minimumUploadPartSize : 1
        guard partSize >= minimum, partSize <= Self.maximumUploadPartSize else {
            throw S3TransferError.invalidOptions("partSize must be from \(minimum) to \(Self.maximumUploadPartSize) bytes, not \(partSize)")
        }
        guard concurrency >= 1 else {
            throw S3TransferError.invalidOptions("concurrency must be at least 1, not \(concurrency)")
        }
        guard multipartThreshold >= 0 else {
            throw S3TransferError.invalidOptions("multipartThreshold must not be negative, not \(multipartThreshold)")
        }
    }
}

/// How far a transfer has got: passed to the progress handler after each change.
public struct S3TransferProgress: Sendable, Equatable {
    /// The bytes transferred so far: of an upload, the bytes of the parts S3 has stored; of a download, the bytes
    /// written to the file.
    public var transferredBytes: Int
    /// The size of the object, when known: an upload from a sequence of unknown length learns it only at the end.
    public var totalBytes: Int?

    /// Progress of `transferredBytes` out of `totalBytes`.
    public init(transferredBytes: Int, totalBytes: Int?) {
        self.transferredBytes = transferredBytes
        self.totalBytes = totalBytes
    }
}

/// Called with the progress of a transfer after each change, one call at a time, in order.
public typealias S3TransferProgressHandler = @Sendable (S3TransferProgress) -> Void
