import Crypto
import Foundation

/// HMAC-SHA256 keyed with a SigV4 signing key, with both padded key blocks already hashed.
///
/// `HMAC<SHA256>` hashes the outer key block again at every `finalize`; this keeps the hash state after the inner
/// and after the outer key block, so that a signature costs the hashes of the message and of the inner digest only.
struct SigningKey: Sendable {
    /// SHA-256 after the key XOR `0x36` (the inner pad).
    private let inner: SHA256
    /// SHA-256 after the key XOR `0x5C` (the outer pad).
    private let outer: SHA256

    /// The key's block size: keys longer than it would be hashed first, which a derived key (32 bytes) never is.
    private static let blockSize = 64

    /// Keys HMAC with `key`, at most 64 bytes.
    init(_ key: some ContiguousBytes) {
        var block = [UInt8](repeating: 0, count: Self.blockSize)
        key.withUnsafeBytes { bytes in
            precondition(bytes.count <= Self.blockSize, "an HMAC key longer than a block is hashed first")
            block.replaceSubrange(0..<bytes.count, with: bytes)
        }
        var inner = SHA256()
        inner.update(data: block.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(data: block.map { $0 ^ 0x5C })
        self.inner = inner
        self.outer = outer
    }

    /// The HMAC-SHA256 of `message`.
    func authenticationCode(for message: UnsafeRawBufferPointer) -> SHA256Digest {
        var inner = self.inner
        inner.update(bufferPointer: message)
        var outer = self.outer
        inner.finalize().withUnsafeBytes { outer.update(bufferPointer: $0) }
        return outer.finalize()
    }
}
