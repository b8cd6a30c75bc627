import Crypto
import Foundation

/// Remembers the HMAC authenticator keyed with the most recent SigV4 signing key of one signer.
///
/// The key depends on the secret key, the day, the region and the service; a signer has a fixed region and
/// service, so one entry keyed by secret and day is enough. The four HMACs of the derivation, and the key
/// setup of the final HMAC, then run once a day per secret instead of once per request. `HMAC` is a
/// copy-on-write value, so each caller updates its own copy.
final class SigningKeyCache: @unchecked Sendable {
    private struct Entry {
        let secret: String
        let day: String
        let authenticator: HMAC<SHA256>
    }

    private let lock = NSLock()
    private var entry: Entry?

    /// The authenticator for `secret` on `day`, made by `derive` when it is not the cached one.
    func authenticator(secret: String, day: String, derive: (String, String) -> HMAC<SHA256>) -> HMAC<SHA256> {
        if let cached = lock.withLock({ entry }), cached.secret == secret, cached.day == day {
            return cached.authenticator
        }
        let authenticator = derive(secret, day)
        lock.withLock { entry = Entry(secret: secret, day: day, authenticator: authenticator) }
        return authenticator
    }
}
