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

    /// Whether `word` may hold `byte`: one that does holds a zero byte once `byte` is subtracted from each.
    @inline(__always)
    package static func mayHoldByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        mayHoldByte(word ^ (UInt64(byte) &* ones), below: 1)
    }

    /// Whether every byte of `bytes` is at least `limit` (at most 128), eight at a time.
    package static func allBytes(of bytes: UnsafeBufferPointer<UInt8>, atLeast limit: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if mayHoldByte(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self), below: UInt64(limit)) { break }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] < limit { return false }
            index += 1
        }
        return true
    }
}
