extension JSONValue {
    /// The compact JSON text of this value as UTF-8 bytes.
    ///
    /// Output is deterministic:
    /// - no whitespace; object keys sorted by their UTF-8 bytes;
    /// - strings escape `"` and `\`, write U+0008, U+0009, U+000A, U+000C and U+000D as
    ///   `\b \t \n \f \r`, other control characters as `\u00xx` (lowercase hex), and everything
    ///   else as is (`/` and non-ASCII are not escaped);
    /// - `.double` uses Swift's shortest round-trip form (`0.1`, `1e+300`, `5e-324`), so integral
    ///   doubles keep their fraction (`1.0`) and parse back as `.double`, not `.int`;
    /// - a non-finite double (NaN, ±infinity) has no JSON form: it is a programming error and
    ///   is written as `null` rather than producing invalid JSON.
    public func serialized() -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(64)
        write(to: &output)
        return output
    }

    /// The compact JSON text of this value; see `serialized()` for the format.
    public func serializedString() -> String {
        String(decoding: serialized(), as: UTF8.self)
    }

    /// Appends the compact JSON text of this value to `output`; see `serialized()` for the format.
    public func write(to output: inout [UInt8]) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let value):
            output.append(contentsOf: value ? "true".utf8 : "false".utf8)
        case .int(let value):
            JSONWriter.writeInteger(value, to: &output)
        case .double(let value):
            if value.isFinite {
                output.append(contentsOf: value.description.utf8)
            } else {
                output.append(contentsOf: "null".utf8)
            }
        case .string(let value):
            JSONWriter.writeString(value, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                element.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (position, member) in sorted.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}

extension JSONValue {
    /// Appends `string` quoted and escaped, as `JSONValue.string(string).write(to:)` does.
    package static func writeString(_ string: String, to output: inout [UInt8]) {
        JSONWriter.writeString(string, to: &output)
    }
}

/// Low-level pieces of the JSON writer.
enum JSONWriter {
    static func writeInteger(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = output.count
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        output[start...].reverse()
    }

    /// Writes `string` quoted and escaped, copying runs that need no escaping in one step.
    static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        string.withUTF8Bytes { writeEscaped($0, to: &output) }
        output.append(UInt8(ascii: "\""))
    }

    /// Writes `bytes` escaped, without quotes.
    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Most strings need no escaping: one scan, one copy.
        guard let firstEscape = firstEscape(in: bytes) else {
            output.append(contentsOf: bytes)
            return
        }
        var runStart = 0
        for position in firstEscape..<bytes.count where needsEscape(bytes[position]) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            writeEscape(bytes[position], to: &output)
            runStart = position + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// The position of the first byte of `bytes` that is written as an escape, or nil when there is none.
    ///
    /// Eight bytes are tested at once (`WordScan`); only a word that may hold one is looked at byte by byte.
    static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        WordScan.firstIndex(in: bytes, mayMatch: mayNeedEscape, matches: needsEscape)
    }

    /// Whether one of the eight bytes of `word` may be below 0x20, a quote or a backslash.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        WordScan.mayHoldByte(word, below: 0x20, orEqualTo: UInt8(ascii: "\""), UInt8(ascii: "\\"))
    }

    /// Whether `byte` is written as an escape: a control character, a quote or a backslash.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func writeEscape(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x09: output.append(UInt8(ascii: "t"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        default:
            output.append(contentsOf: "u00".utf8)
            output.append(HexDigit.lowercase(byte >> 4))
            output.append(HexDigit.lowercase(byte & 0x0F))
        }
    }
}
