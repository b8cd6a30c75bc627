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
        guard var target = output.baseAddress else { return }
        for byte in bytes {
            target[0] = digit(byte >> 4)
            target[1] = digit(byte & 0x0F)
            target += 2
        }
    }

    /// The lowercase hex digit of `value`, which is below 16: computed, without a table to look up. The same as
    /// AWSJSON's `HexDigit.lowercase`, kept here because that one, called from this module, was not inlined (2,760
    /// more instructions per signed request by `Benchmarks/signing-instructions.sh`).
    @inline(__always)
    private static func digit(_ value: UInt8) -> UInt8 {
        value &+ (value < 10 ? UInt8(ascii: "0") : UInt8(ascii: "a") &- 10)
    }
}
