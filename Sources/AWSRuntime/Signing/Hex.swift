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
        for (index, byte) in bytes.enumerated() {
            output[2 * index] = digit(byte >> 4)
            output[2 * index + 1] = digit(byte & 0x0F)
        }
    }

    /// The lowercase hex digit of a value below 16.
    private static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
    }
}
