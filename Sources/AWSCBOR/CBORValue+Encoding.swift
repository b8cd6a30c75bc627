extension CBORValue {
    /// The item's encoding: definite lengths, each head in its shortest form, map keys in the order of
    /// RFC 8949's deterministic encoding (shorter keys first, then bytewise), so that equal values give
    /// equal bytes.
    public func encoded() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(64)
        encode(into: &output)
        return output
    }

    /// Appends the item's encoding to `output`; see `encoded()`.
    public func encode(into output: inout [UInt8]) {
        switch self {
        case .unsigned(let value): Self.head(0, value, into: &output)
        case .negative(let value): Self.head(1, value, into: &output)
        case .bytes(let bytes):
            Self.head(2, UInt64(bytes.count), into: &output)
            output += bytes
        case .string(let text):
            Self.head(3, UInt64(text.utf8.count), into: &output)
            output += text.utf8
        case .array(let elements):
            Self.head(4, UInt64(elements.count), into: &output)
            for element in elements { element.encode(into: &output) }
        case .map(let members):
            Self.head(5, UInt64(members.count), into: &output)
            for key in members.keys.sorted(by: Self.deterministicOrder) {
                CBORValue.string(key).encode(into: &output)
                members[key]!.encode(into: &output)
            }
        case .tagged(let tag, let content):
            Self.head(6, tag, into: &output)
            content.encode(into: &output)
        case .bool(let value): output.append(value ? 0xF5 : 0xF4)
        case .null: output.append(0xF6)
        case .undefined: output.append(0xF7)
        case .simple(let value):
            if value < 24 { output.append(0xE0 | value) } else { output += [0xF8, value] }
        case .float(let value):
            output.append(0xFA)
            Self.append(UInt64(value.bitPattern), width: 4, to: &output)
        case .double(let value):
            output.append(0xFB)
            Self.append(value.bitPattern, width: 8, to: &output)
        }
    }

    /// A head: the major type and the argument in the fewest bytes.
    private static func head(_ major: UInt8, _ argument: UInt64, into output: inout [UInt8]) {
        let type = major << 5
        switch argument {
        case 0..<24: output.append(type | UInt8(argument))
        case 24...0xFF: output += [type | 24, UInt8(argument)]
        case 0x100...0xFFFF:
            output.append(type | 25)
            append(argument, width: 2, to: &output)
        case 0x1_0000...0xFFFF_FFFF:
            output.append(type | 26)
            append(argument, width: 4, to: &output)
        default:
            output.append(type | 27)
            append(argument, width: 8, to: &output)
        }
    }

    private static func append(_ value: UInt64, width: Int, to output: inout [UInt8]) {
        for shift in stride(from: (width - 1) * 8, through: 0, by: -8) { output.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// The order of text keys in deterministic encoding: the bytewise order of their encodings, which puts
    /// shorter keys first.
    private static func deterministicOrder(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8.count, right = rhs.utf8.count
        return left != right ? left < right : lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
