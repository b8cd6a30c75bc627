/// Lowercase hexadecimal encoding, as SigV4 uses for hashes and signatures.
enum Hex {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends the lowercase hex digits of `bytes` to `output`.
    static func append<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to output: inout [UInt8]) {
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
    }

    /// The lowercase hex string of `bytes`.
    static func string<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var output = [UInt8]()
        output.reserveCapacity(bytes.underestimatedCount * 2)
        append(bytes, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
