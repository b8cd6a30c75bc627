/// IEEE 754 half-precision floats, which CBOR may use for small values. `Float16` is not available on every
/// platform Swift supports, so the conversion is done by hand.
enum CBORHalfFloat {
    /// The value of the half-precision bit pattern `bits`, as a `Float` (which holds every half exactly).
    static func float(fromBits bits: UInt16) -> Float {
        let sign: Float = bits & 0x8000 == 0 ? 1 : -1
        let exponent = Int(bits >> 10 & 0x1F)
        let fraction = Float(bits & 0x3FF)
        switch exponent {
        case 0: return sign * fraction * 0x1p-24
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1 + fraction / 1024) * Float(sign: .plus, exponent: exponent - 15, significand: 1)
        }
    }
}
