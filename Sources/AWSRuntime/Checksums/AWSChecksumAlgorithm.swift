import Crypto
import Foundation

/// A checksum algorithm of S3's flexible checksums (the `httpChecksum` trait): the request carries the
/// checksum of its body in `x-amz-checksum-<name>`, and a response may carry one of its own.
public enum AWSChecksumAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// CRC-32 (zlib's); the default when a checksum is required or supported and none is chosen.
    case crc32
    /// CRC-32C (Castagnoli).
    case crc32c
    /// CRC-64/NVME.
    case crc64nvme
    /// SHA-1.
    case sha1
    /// SHA-256.
    case sha256

    /// The algorithms in the order botocore looks for their headers in a response (its
    /// `_ALGORITHMS_PRIORITY_LIST`, without the ones this runtime does not implement).
    public static let responsePriority: [AWSChecksumAlgorithm] = [.crc64nvme, .crc32c, .crc32, .sha1, .sha256]

    /// The algorithm named `name` in any case, such as `CRC32C`; nil for one this runtime does not implement.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// The header that carries this checksum, such as `x-amz-checksum-crc32c`.
    public var headerName: String { "x-amz-checksum-" + rawValue }

    /// The digest of `bytes`, big-endian for the CRCs, as the header carries it before base64.
    public func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        switch self {
        case .crc32: Self.bigEndian(CRC32.engine.update(0, bytes))
        case .crc32c: Self.bigEndian(CRC32C.engine.update(0, bytes))
        case .crc64nvme: Self.bigEndian(CRC64NVME.update(0, bytes))
        case .sha1: Array(Insecure.SHA1.hash(data: bytes))
        case .sha256: Array(SHA256.hash(data: bytes))
        }
    }

    /// The digest of `bytes`.
    public func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { digest($0) }
    }

    /// The header value for `bytes`: the base64 of their digest.
    public func headerValue(_ bytes: [UInt8]) -> String {
        Data(digest(bytes)).base64EncodedString()
    }

    private static func bigEndian<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}
