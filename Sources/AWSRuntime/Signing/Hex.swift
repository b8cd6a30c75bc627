import Foundation

/// Lowercase hexadecimal encoding, as SigV4 uses for hashes and signatures.
///
/// Reads the bytes through `withUnsafeBytes` (digests and authentication codes are `ContiguousBytes`) and
/// writes the digits into memory sized in advance, which is much cheaper than iterating and appending byte by byte.
enum Hex {
    /// The lowercase hex string of `bytes`.
    static func string(_ bytes: some ContiguousBytes) -> String {
        bytes.withUnsafeBytes { raw in
            String(unsafeUninitializedCapacity: raw.count * 2) { buffer in
                write(raw, to: buffer)
                return raw.count * 2
            }
        }
    }

    /// Writes the digits of `bytes` to the start of `output`, which has room for two per byte.
    static func write(_ bytes: UnsafeRawBufferPointer, to output: UnsafeMutableBufferPointer<UInt8>) {
        precondition(output.count >= 2 * bytes.count, "Hex: the output is too small")
        digits.withUTF8Buffer { digits in
            for (index, byte) in bytes.enumerated() {
                output[2 * index] = digits[Int(byte >> 4)]
                output[2 * index + 1] = digits[Int(byte & 0x0F)]
            }
        }
    }

    /// The lowercase hex digits, looked up by value.
    private static let digits: StaticString = "0123456789abcdef"
}
