/// The S3 client's transfer methods: an object uploaded from a file or a stream in parts, and downloaded to a file
/// in ranges. The runtime's `S3Transfer` does the work; the generated methods make its requests from the client's
/// own input types, copying from the caller's request every member of the same name and type.
struct S3TransfersIR {
    var upload: S3UploadIR?
    var download: S3DownloadIR?
}

/// A call of a generated structure's initializer, its arguments in declaration order.
struct InitializerIR {
    var type: String
    var arguments: [(label: String, value: ArgumentIR)]
}

/// Where an initializer argument comes from.
indirect enum ArgumentIR {
    /// The member of this name (the Swift name) of the value the call is made from.
    case copied(String)
    /// A value the runtime hands the call: the part's body, number, upload ID, or the list of completed parts.
    case body
    case partNumber
    case uploadID
    case parts
    /// Another structure, made in place.
    case initializer(InitializerIR)
}

/// The requests of an upload, made from the caller's `CreateMultipartUpload` input.
struct S3UploadIR {
    /// The `CreateMultipartUpload` input: the caller's request.
    var requestType: String
    var createMethod: String
    /// The output member with the upload ID.
    var uploadIDMember: String
    /// The request's `ChecksumAlgorithm` member and its enum's CRC-32 case, which the member gets when the caller
    /// chose no algorithm and the client computes checksums whenever it can (as s3transfer does); nil when the input
    /// has no such member.
    var checksumAlgorithm: (member: String, crc32Case: String)?
    var putObjectMethod: String
    var putObject: InitializerIR
    var putObjectResult: ObjectResultIR
    var uploadPartMethod: String
    var uploadPart: InitializerIR
    /// The completed part, made from the `UploadPart` output.
    var completedPart: InitializerIR
    var completeMethod: String
    var complete: InitializerIR
    var completeResult: ObjectResultIR
    var abortMethod: String
    var abort: InitializerIR
}

/// The output members with an object's ETag and version.
struct ObjectResultIR {
    var eTag: String?
    var versionID: String?
}

/// The ranged `GetObject` requests of a download, made from the caller's `GetObject` input.
struct S3DownloadIR {
    var requestType: String
    var getObjectMethod: String
    var rangeMember: String
    var ifMatchMember: String
    var contentRangeMember: String
    var contentLengthMember: String
    /// Whether the content length is a 64-bit integer, which the runtime takes as `Int`.
    var contentLengthIsLong: Bool
    var eTagMember: String
    var bodyMember: String
}
