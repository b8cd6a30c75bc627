import Crypto
import Foundation

/// A checksum computed over bytes that arrive in pieces: a streamed body, sent or received.
struct AWSChecksumHasher: Sendable {
    private enum State: Sendable {
        case crc32(UInt32)
        case crc32c(UInt32)
        case crc64(UInt64)
        case sha1(Insecure.SHA1)
        case sha256(SHA256)
    }

    /// The algorithm.
    let algorithm: AWSChecksumAlgorithm
    private var state: State

    /// A hasher of `algorithm` that has seen no bytes.
    init(_ algorithm: AWSChecksumAlgorithm) {
        self.algorithm = algorithm
        switch algorithm {
        case .crc32: state = .crc32(0)
        case .crc32c: state = .crc32c(0)
        case .crc64nvme: state = .crc64(0)
        case .sha1: state = .sha1(Insecure.SHA1())
        case .sha256: state = .sha256(SHA256())
        }
    }

    /// Adds `bytes`.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        switch state {
        case .crc32(let crc): state = .crc32(CRC32.engine.update(crc, bytes))
        case .crc32c(let crc): state = .crc32c(CRC32C.engine.update(crc, bytes))
        case .crc64(let crc): state = .crc64(CRC64NVME.update(crc, bytes))
        case .sha1(var hasher):
            hasher.update(bufferPointer: bytes)
            state = .sha1(hasher)
        case .sha256(var hasher):
            hasher.update(bufferPointer: bytes)
            state = .sha256(hasher)
        }
    }

    /// Adds `bytes`.
    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The digest of the bytes seen, as ``AWSChecksumAlgorithm/digest(_:)-(UnsafeRawBufferPointer)`` gives it.
    func digest() -> [UInt8] {
        switch state {
        case .crc32(let crc), .crc32c(let crc): withUnsafeBytes(of: crc.bigEndian) { Array($0) }
        case .crc64(let crc): withUnsafeBytes(of: crc.bigEndian) { Array($0) }
        case .sha1(let hasher): Array(hasher.finalize())
        case .sha256(let hasher): Array(hasher.finalize())
        }
    }

    /// The header value: the base64 of the digest.
    func headerValue() -> String {
        Data(digest()).base64EncodedString()
    }
}

extension AWSChecksumAlgorithm {
    /// The length of the base64 header value.
    var headerValueLength: Int {
        let digestLength = switch self {
        case .crc32, .crc32c: 4
        case .crc64nvme: 8
        case .sha1: 20
        case .sha256: 32
        }
        return (digestLength + 2) / 3 * 4
    }
}

/// An ``AWSChecksumHasher`` that the chunks of a body are shown to from the reading task, behind a lock.
final class AWSLockedChecksumHasher: @unchecked Sendable {
    private let lock = NSLock()
    private var hasher: AWSChecksumHasher

    init(_ algorithm: AWSChecksumAlgorithm) {
        hasher = AWSChecksumHasher(algorithm)
    }

    func update(_ bytes: [UInt8]) {
        lock.withLock { hasher.update(bytes) }
    }

    func digest() -> [UInt8] {
        lock.withLock { hasher.digest() }
    }
}
