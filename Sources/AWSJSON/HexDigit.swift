/// The hex digit of a value below 16, as JSON's `\u00XX` escapes, SigV4's hashes (lowercase) and percent-encoding
/// (uppercase) write it: computed, without a table to look up. One place for the runtime's targets, which depend on
/// this one; inlinable, as they write a digit per half byte.
package enum HexDigit {
    /// `0`-`9`, then `a`-`f`.
    @inlinable @inline(__always)
    package static func lowercase(_ value: UInt8) -> UInt8 {
        value &+ (value < 10 ? UInt8(ascii: "0") : UInt8(ascii: "a") &- 10)
    }

    /// `0`-`9`, then `A`-`F`.
    @inlinable @inline(__always)
    package static func uppercase(_ value: UInt8) -> UInt8 {
        value &+ (value < 10 ? UInt8(ascii: "0") : UInt8(ascii: "A") &- 10)
    }
}
