import AWSCBOR
import Foundation
import Testing
import TestSupport

/// Input that is not well-formed, or that rpc-v2-cbor does not allow, is a `CBORDecodingError` that says
/// where; no input crashes the decoder.
@Suite struct CBORDecodingErrorTests {
    @Test(arguments: [
        ("", 0, "unexpected end of input"),
        ("18", 1, "unexpected end of input"),
        ("1a0000", 1, "unexpected end of input"),
        ("1c", 0, "reserved additional information 28"),
        ("1f", 0, "an indefinite length is not allowed for this major type"),
        ("ff", 0, "a break (0xff) outside an indefinite-length item"),
        ("f818", 0, "simple value 24 must be encoded in one byte"),
        ("62c3", 0, "a length of 2 runs past the end of the input"),
        ("62c328", 0, "invalid UTF-8 in a text string"),
        ("5f6161ff", 1, "a chunk of an indefinite-length string must be a definite string of the same type"),
        ("5f5f4101ffff", 1, "a chunk of an indefinite-length string must be a definite string of the same type"),
        ("9f01", 2, "unexpected end of input"),
        ("a10101", 1, "a map key must be a text string"),
        ("9bffffffffffffffff", 0, "a length of 18446744073709551615 runs past the end of the input"),
        ("0000", 1, "unexpected data after the CBOR item"),
    ])
    func namesTheProblemAndWhere(_ hex: String, _ offset: Int, _ message: String) throws {
        let error = #expect(throws: CBORDecodingError.self) { try CBORValue.decode(CBORVectorTests.bytes(hex)) }
        #expect(error?.offset == offset)
        #expect(error?.message == message)
    }

    @Test func rejectsNestingBeyondTheLimit() throws {
        let depth = CBORValue.maximumNestingDepth + 1
        let error = #expect(throws: CBORDecodingError.self) {
            try CBORValue.decode(Array(repeating: 0x81, count: depth) + [0x00])
        }
        #expect(error?.message == "nesting deeper than 512 levels")
        #expect(error?.offset == depth - 1)
    }

    @Test func aRepeatedKeyKeepsItsLastValue() throws {
        #expect(try CBORValue.decode(CBORVectorTests.bytes("a2616101616102")) == .map(["a": .unsigned(2)]))
    }

    /// Random values encode and decode back; every truncation of their encoding is an error, and random byte
    /// changes either decode or throw, never crash. CBOR_FUZZ_SEED=<seed> replays a failing run.
    @Test func randomValuesRoundTripAndCorruptionsFailCleanly() throws {
        var generator = SeededGenerator(environment: "CBOR_FUZZ_SEED", default: 0xCB0_0001)
        for iteration in 0..<300 {
            let value = Self.randomValue(depth: 0, &generator)
            let bytes = value.encoded()
            let replay: Comment = "seed \(generator.seed), value \(iteration): \(value)"
            #expect(try CBORValue.decode(bytes) == value, replay)
            for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 16)) {
                #expect(throws: CBORDecodingError.self, replay) { try CBORValue.decode(Array(bytes[..<length])) }
            }
            var mutated = bytes
            mutated[Int.random(in: 0..<mutated.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            do {
                _ = try CBORValue.decode(mutated)
            } catch {
                #expect((0...mutated.count).contains(error.offset), replay)
            }
        }
    }

    static func randomValue(depth: Int, _ generator: inout SeededGenerator) -> CBORValue {
        let choice = Int.random(in: 0..<(depth < 4 ? 12 : 9), using: &generator)
        switch choice {
        case 0: return .unsigned(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
        case 1: return .negative(UInt64.random(in: 0...1_000_000, using: &generator))
        case 2: return .bytes((0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
        case 3: return .string(String((0..<Int.random(in: 0...30, using: &generator)).map { _ in "aé水\u{1F600}z\"".randomElement(using: &generator)! }))
        case 4: return .bool(Bool.random(using: &generator))
        case 5: return [.null, .undefined, .simple(UInt8.random(in: 32...255, using: &generator))].randomElement(using: &generator)!
        case 6: return .float(Float(Int.random(in: -1000...1000, using: &generator)) / 8)
        case 7: return .double(Double.random(in: -1e10...1e10, using: &generator))
        case 8: return .tagged(1, .unsigned(UInt64.random(in: 0...2_000_000_000, using: &generator)))
        case 9:
            return .array((0..<Int.random(in: 0...5, using: &generator)).map { _ in randomValue(depth: depth + 1, &generator) })
        case 10:
            var members: [String: CBORValue] = [:]
            for index in 0..<Int.random(in: 0...5, using: &generator) { members["k\(index)"] = randomValue(depth: depth + 1, &generator) }
            return .map(members)
        default:
            return .tagged(UInt64.random(in: 2...1000, using: &generator), randomValue(depth: depth + 1, &generator))
        }
    }
}
