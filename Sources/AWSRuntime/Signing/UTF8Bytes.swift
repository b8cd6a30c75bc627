import Foundation

extension String {
    /// Whether the string's UTF-8 bytes come before `other`'s in byte order (how JSON objects and maps are
    /// sorted): a `memcmp` of the two, where `utf8.lexicographicallyPrecedes` walks both through iterators.
    func utf8Precedes(_ other: String) -> Bool {
        withUTF8Bytes { a in
            other.withUTF8Bytes { b in
                let common = min(a.count, b.count)
                if common > 0, let x = a.baseAddress, let y = b.baseAddress {
                    let order = memcmp(x, y, common)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
    }
}

/// Byte-level ASCII helpers for HTTP field names, which compare without case.
enum ASCII {
    /// `byte` with an ASCII capital letter lowercased; other bytes as they are.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Whether `a` and `b` are the same bytes once ASCII capital letters are lowercased.
    static func caseInsensitiveEquals(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in a.indices where a[index] != b[index] && lowercased(a[index]) != lowercased(b[index]) {
            return false
        }
        return true
    }

    /// How `a` and `b` compare with ASCII capital letters lowercased, byte by byte: negative when `a` comes
    /// first, zero when they are equal, positive when `b` comes first.
    static func lowercasedOrder(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        for index in 0..<min(a.count, b.count) {
            let (x, y) = (lowercased(a[index]), lowercased(b[index]))
            if x != y { return x < y ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
