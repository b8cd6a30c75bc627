/// Whether a request's body is covered by its SigV4 signature (the `x-amz-content-sha256` value that S3 requires).
public enum AWSPayloadSigning: Sendable, Equatable {
    /// The body's SHA-256 is signed: a file is read once to hash it before it is sent, and an S3 body of unknown
    /// length or read once goes as signed `aws-chunked` chunks (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD`, with a signed
    /// checksum trailer when the operation asks for a checksum).
    case signed
    /// Over HTTPS, S3 bodies are not signed, as botocore sends them: `UNSIGNED-PAYLOAD`, or for a body of unknown
    /// length or read once `STREAMING-UNSIGNED-PAYLOAD-TRAILER` with a checksum trailer (CRC-32 unless the operation
    /// chooses another); TLS protects the bytes. Over plain HTTP, as ``signed``.
    case unsignedOverHTTPS
    /// As ``unsignedOverHTTPS``, over plain HTTP too: for a local emulator or store, never for AWS over the internet.
    case unsigned

    /// Whether a body sent with `scheme` goes unsigned.
    func isUnsigned(scheme: String) -> Bool {
        switch self {
        case .signed: false
        case .unsignedOverHTTPS: scheme.lowercased() == "https"
        case .unsigned: true
        }
    }
}
