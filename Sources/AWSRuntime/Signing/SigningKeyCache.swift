import Foundation

/// Remembers the most recent SigV4 signing key of one signer.
///
/// The key depends on the secret key, the day, the region and the service; a signer has a fixed region and
/// service, so one entry keyed by secret and day is enough. The four HMACs of the derivation, and the hashing of
/// the key's padded blocks, then run once a day per secret instead of once per request. `SigningKey` is a value
/// whose hash states are copied on write, so each caller hashes in its own copy.
final class SigningKeyCache: @unchecked Sendable {
    /// A class, so that reading the entry under the lock retains one object rather than copying its fields.
    private final class Entry: Sendable {
        let secret: String
        let day: String
        let key: SigningKey

        init(secret: String, day: String, key: SigningKey) {
            self.secret = secret
            self.day = day
            self.key = key
        }
    }

    /// Guards `entry`, which is exempt from dynamic exclusivity checks for that reason.
    private let lock = NSLock()
    @exclusivity(unchecked) private var entry: Entry?

    /// The signing key for `secret` on `day`, made by `derive` when it is not the cached one.
    func key(secret: String, day: String, derive: (String, String) -> SigningKey) -> SigningKey {
        if let cached = lock.withLock({ entry }), cached.secret == secret, cached.day == day {
            return cached.key
        }
        let key = derive(secret, day)
        lock.withLock { entry = Entry(secret: secret, day: day, key: key) }
        return key
    }
}
