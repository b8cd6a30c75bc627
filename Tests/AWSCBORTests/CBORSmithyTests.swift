import AWSCBOR
import Foundation
import Testing

/// What smithy-rpc-v2-cbor needs of CBOR beyond RFC 8949's examples, with bytes from the Smithy protocol tests:
/// single and double floats that keep their width (NaN and the infinities included), tag 1 timestamps, and
/// indefinite-length strings inside indefinite-length lists.
@Suite struct CBORSmithyTests {
    static let floats: [(String, CBORValue)] = [
        ("fa7fc00000", .float(.nan)), ("fb7ff8000000000000", .double(.nan)),
        ("fa7f800000", .float(.infinity)), ("fb7ff0000000000000", .double(.infinity)),
        ("faff800000", .float(-.infinity)), ("fbfff0000000000000", .double(-.infinity)),
        ("fa40f40000", .float(7.625)), ("fb3ffe395810624dd3", .double(1.889)),
    ]

    @Test(arguments: floats)
    func floatsKeepTheirWidth(_ hex: String, _ value: CBORValue) throws {
        #expect(value.encoded() == CBORVectorTests.bytes(hex))
        let decoded = try CBORValue.decode(CBORVectorTests.bytes(hex))
        #expect(decoded.doubleValue.map { $0.isNaN } == value.doubleValue.map { $0.isNaN })
        if value.doubleValue?.isNaN == false { #expect(decoded == value) }
    }

    @Test func timestampsAreTagOneAroundANumber() throws {
        let value = CBORValue.tagged(1, .double(946_845_296.123))
        #expect(value.encoded() == CBORVectorTests.bytes("c1fb41cc37db380fbe77"))
        #expect(try CBORValue.decode(value.encoded()) == value)
        // A half-precision float inside the tag reads as a float.
        #expect(try CBORValue.decode(CBORVectorTests.bytes("c1f93c00")) == .tagged(1, .float(1)))
    }

    @Test func indefiniteStringsInsideAnIndefiniteList() throws {
        // ["ab,c", "d"] as an indefinite list of an indefinite string in two chunks and a definite string.
        let value = try CBORValue.decode(CBORVectorTests.bytes("9f7f6361622c6163ff6164ff"))
        #expect(value == .array([.string("ab,c"), .string("d")]))
        #expect(value.encoded() == CBORVectorTests.bytes("82" + "6461622c63" + "6164"))
    }

    @Test func integersTakeTheShortestHead() {
        #expect(CBORValue.integer(23).encoded() == [0x17])
        #expect(CBORValue.integer(24).encoded() == [0x18, 24])
        #expect(CBORValue.integer(-25).encoded() == [0x38, 24])
        #expect(CBORValue.integer(65_536).encoded() == [0x1A, 0, 1, 0, 0])
    }
}
