/// Tests on eight bytes at once, for scans of text that usually find nothing (bytes to escape in JSON, white space
/// in SigV4 header values): a word of eight bytes is tested with a few integer operations instead of a loop.
///
/// A test is never false when a byte it looks for is in the word, and may be true when none is (a byte after a
/// matching one can borrow), so a scan that needs the exact position looks at a matching word byte by byte.
package enum WordScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether `word` may hold a byte below `limit` (at most 128): the high bit of such a byte is set in
    /// `(word - limit·ones) & ~word`.
    @inline(__always)
    package static func mayHoldByte(_ word: UInt64, below limit: UInt64) -> Bool {
        (word &- limit &* ones) & ~word & highBits != 0
    }

    /// Whether `word` may hold a byte below `limit` or equal to `first` or `second` (all below 128), in one test: a
    /// byte equal to `first` is a zero byte of `word ^ first·ones`, which the test above with a limit of 1 finds.
    /// The high bit of that word is the high bit of `word`, so the three tests share one `& ~word` and one test of
    /// the high bits.
    @inline(__always)
    package static func mayHoldByte(
        _ word: UInt64, below limit: UInt64, orEqualTo first: UInt8, _ second: UInt8
    ) -> Bool {
        let below = word &- limit &* ones
        let first = (word ^ (UInt64(first) &* ones)) &- ones
        let second = (word ^ (UInt64(second) &* ones)) &- ones
        return (below | first | second) & ~word & highBits != 0
    }

    /// Whether every byte of `bytes` is at least `limit` (at most 128), eight at a time.
    package static func allBytes(of bytes: UnsafeBufferPointer<UInt8>, atLeast limit: UInt8) -> Bool {
        firstIndex(in: bytes, mayMatch: { mayHoldByte($0, below: UInt64(limit)) }, matches: { $0 < limit }) == nil
    }

    /// The position of the first byte of `bytes` that `matches`, or nil when there is none. Words of eight bytes
    /// are tested with `mayMatch`, which must be true for every word that holds a matching byte; only a word it is
    /// true for is looked at byte by byte. When fewer than eight bytes are left untested, those of a text of eight or
    /// more are tested as the word that ends with them. Always inlined, so that each caller's tests are direct calls.
    @inline(__always)
    static func firstIndex(
        in bytes: UnsafeBufferPointer<UInt8>, mayMatch: (UInt64) -> Bool, matches: (UInt8) -> Bool
    ) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count, !mayMatch(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
            index += 8
        }
        if index < bytes.count, index + 8 > bytes.count, bytes.count >= 8,
            !mayMatch(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        {
            return nil
        }
        while index < bytes.count {
            if matches(base[index]) { return index }
            index += 1
        }
        return nil
    }
}
