import AWSCBOR
import Foundation
import Testing

/// The examples of RFC 8949 Appendix A: each encoding decodes to the value shown, and values that CBORValue
/// writes in that same (preferred, definite-length) form encode back to the same bytes.
@Suite struct CBORVectorTests {
    static func bytes(_ hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    /// Encodings that CBORValue also writes: decode, then encode back.
    static let roundTrips: [(String, CBORValue)] = [
        ("00", .unsigned(0)), ("01", .unsigned(1)), ("0a", .unsigned(10)), ("17", .unsigned(23)),
        ("1818", .unsigned(24)), ("1819", .unsigned(25)), ("1864", .unsigned(100)), ("1903e8", .unsigned(1000)),
        ("1a000f4240", .unsigned(1_000_000)), ("1b000000e8d4a51000", .unsigned(1_000_000_000_000)),
        ("1bffffffffffffffff", .unsigned(.max)), ("3bffffffffffffffff", .negative(.max)),
        ("20", .integer(-1)), ("29", .integer(-10)), ("3863", .integer(-100)), ("3903e7", .integer(-1000)),
        ("fb3ff199999999999a", .double(1.1)), ("fa47c35000", .float(100000.0)),
        ("fa7f7fffff", .float(3.4028234663852886e+38)), ("fb7e37e43c8800759c", .double(1.0e+300)),
        ("fbc010666666666666", .double(-4.1)),
        ("f4", .bool(false)), ("f5", .bool(true)), ("f6", .null), ("f7", .undefined),
        ("f0", .simple(16)), ("f8ff", .simple(255)),
        ("c074323031332d30332d32315432303a30343a30305a", .tagged(0, .string("2013-03-21T20:04:00Z"))),
        ("c11a514b67b0", .tagged(1, .unsigned(1_363_896_240))),
        ("c1fb41d452d9ec200000", .tagged(1, .double(1_363_896_240.5))),
        ("d74401020304", .tagged(23, .bytes([1, 2, 3, 4]))),
        ("40", .bytes([])), ("4401020304", .bytes([1, 2, 3, 4])),
        ("60", .string("")), ("6161", .string("a")), ("6449455446", .string("IETF")), ("62225c", .string("\"\\")),
        ("62c3bc", .string("ü")), ("63e6b0b4", .string("水")), ("64f0908591", .string("\u{10151}")),
        ("80", .array([])), ("83010203", .array([.unsigned(1), .unsigned(2), .unsigned(3)])),
        ("8301820203820405", .array([.unsigned(1), .array([.unsigned(2), .unsigned(3)]), .array([.unsigned(4), .unsigned(5)])])),
        ("a0", .map([:])),
        ("a26161016162820203", .map(["a": .unsigned(1), "b": .array([.unsigned(2), .unsigned(3)])])),
        ("826161a161626163", .array([.string("a"), .map(["b": .string("c")])])),
        ("a56161614161626142616361436164614461656145",
         .map(["a": .string("A"), "b": .string("B"), "c": .string("C"), "d": .string("D"), "e": .string("E")])),
    ]

    /// Encodings that decode to the value shown but that CBORValue writes otherwise (half floats,
    /// indefinite lengths).
    static let decodeOnly: [(String, CBORValue)] = [
        ("f90000", .float(0)), ("f98000", .float(-0.0)), ("f93c00", .float(1)), ("f93e00", .float(1.5)),
        ("f97bff", .float(65504)), ("f90001", .float(5.960464477539063e-8)), ("f90400", .float(0.00006103515625)),
        ("f9c400", .float(-4)), ("f97c00", .float(.infinity)), ("f9fc00", .float(-.infinity)),
        ("fa7f800000", .float(.infinity)), ("fb7ff0000000000000", .double(.infinity)),
        ("5f42010243030405ff", .bytes([1, 2, 3, 4, 5])), ("7f657374726561646d696e67ff", .string("streaming")),
        ("9fff", .array([])),
        ("9f018202039f0405ffff", .array([.unsigned(1), .array([.unsigned(2), .unsigned(3)]), .array([.unsigned(4), .unsigned(5)])])),
        ("83018202039f0405ff", .array([.unsigned(1), .array([.unsigned(2), .unsigned(3)]), .array([.unsigned(4), .unsigned(5)])])),
        ("bf61610161629f0203ffff", .map(["a": .unsigned(1), "b": .array([.unsigned(2), .unsigned(3)])])),
        ("826161bf61626163ff", .array([.string("a"), .map(["b": .string("c")])])),
        ("bf6346756ef563416d7421ff", .map(["Fun": .bool(true), "Amt": .integer(-2)])),
        ("bfff", .map([:])),
    ]

    @Test(arguments: roundTrips)
    func decodesAndEncodesBack(_ hex: String, _ value: CBORValue) throws {
        #expect(try CBORValue.decode(Self.bytes(hex)) == value)
        #expect(value.encoded() == Self.bytes(hex))
    }

    @Test(arguments: decodeOnly)
    func decodes(_ hex: String, _ value: CBORValue) throws {
        #expect(try CBORValue.decode(Self.bytes(hex)) == value)
    }

    @Test func decodesHalfFloatNaN() throws {
        let value = try CBORValue.decode(Self.bytes("f97e00"))
        guard case .float(let number) = value else { Issue.record("not a float: \(value)"); return }
        #expect(number.isNaN)
    }

    @Test func mapKeysAreWrittenInDeterministicOrder() {
        let value = CBORValue.map(["bb": .null, "a": .null, "c": .null, "aa": .null])
        #expect(value.encoded() == Self.bytes("a4" + "6161f6" + "6163f6" + "626161f6" + "626262f6"))
    }

    @Test func integersConvert() {
        #expect(CBORValue.integer(Int64.min).int64Value == Int64.min)
        #expect(CBORValue.integer(Int64.max).int64Value == Int64.max)
        #expect(CBORValue.unsigned(.max).int64Value == nil)
        #expect(CBORValue.negative(.max).doubleValue == -0x1p64)
    }
}
