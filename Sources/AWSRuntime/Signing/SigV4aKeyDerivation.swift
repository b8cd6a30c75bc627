import Crypto

/// The SigV4a signing key: a P-256 private key derived from an access key pair, as the SigV4a specification
/// (and AWS's C runtime) derive it: NIST SP 800-108 counter-mode KDF with HMAC-SHA256 over the secret key,
/// retried with a larger external counter until the result is below `n - 1`, plus one.
enum SigV4aKeyDerivation {
    /// Why a key cannot be derived: no counter from 1 to 255 gave a usable value (it never happens in practice;
    /// each try fails with a probability of about 2^-32).
    struct Failure: Error {}

    /// The label of the KDF's fixed input.
    private static let label = Array("AWS4-ECDSA-P256-SHA256".utf8)

    /// The order of P-256 minus two, big-endian.
    private static let orderMinusTwo: [UInt8] = [
        0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x4F,
    ]

    /// The private key of `accessKeyId` and `secretAccessKey`.
    static func privateKey(accessKeyId: String, secretAccessKey: String) throws -> P256.Signing.PrivateKey {
        let key = SymmetricKey(data: Array(("AWS4A" + secretAccessKey).utf8))
        for counter in UInt8(1)...UInt8(255) {
            // KDF input: i (the KDF's own counter, 1: one block is enough for 256 bits), the label, a zero byte,
            // the context (the access key ID and the external counter) and L, the output length in bits.
            var input: [UInt8] = [0, 0, 0, 1] + label + [0]
            input += Array(accessKeyId.utf8)
            input += [counter, 0, 0, 1, 0]
            let candidate = Array(HMAC<SHA256>.authenticationCode(for: input, using: key))
            guard candidate.lexicographicallyPrecedes(orderMinusTwo) else { continue }
            return try P256.Signing.PrivateKey(rawRepresentation: addingOne(to: candidate))
        }
        throw Failure()
    }

    /// `value + 1`, big-endian; `value` is below `n - 2`, so it does not overflow 32 bytes.
    private static func addingOne(to value: [UInt8]) -> [UInt8] {
        var result = value
        for index in result.indices.reversed() {
            let (sum, overflow) = result[index].addingReportingOverflow(1)
            result[index] = sum
            if !overflow { break }
        }
        return result
    }
}
