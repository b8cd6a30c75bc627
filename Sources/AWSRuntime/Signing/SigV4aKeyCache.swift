import Crypto
import Foundation

/// Remembers the SigV4a private key of the access key pair one signer used last.
///
/// The key depends on the access key pair only (not on the day, the region or the service), and deriving it
/// costs HMACs and a P-256 key setup, so a signer derives it once per pair instead of once per request.
final class SigV4aKeyCache: @unchecked Sendable {
    private struct Entry {
        let accessKeyId: String
        let secretAccessKey: String
        let key: P256.Signing.PrivateKey
    }

    private let lock = NSLock()
    private var entry: Entry?

    /// The private key of `credentials`, derived when it is not the cached one.
    ///
    /// - Throws: ``SigV4aKeyDerivation/Failure`` when the key cannot be derived.
    func key(for credentials: AWSCredentials) throws -> P256.Signing.PrivateKey {
        if let cached = lock.withLock({ entry }), cached.accessKeyId == credentials.accessKeyId,
            cached.secretAccessKey == credentials.secretAccessKey
        {
            return cached.key
        }
        let key = try SigV4aKeyDerivation.privateKey(
            accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey)
        lock.withLock {
            entry = Entry(accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, key: key)
        }
        return key
    }
}
